import { describe, expect, it } from 'vitest';
import { profileKey } from '../../../lib/profile-url';

// X usernames: up to 15 letters, digits and underscores, case-insensitive
// (X Help Center, "Help with username registration"). twitter.com serves the same pages.
const matches: [string, string][] = [
  // The follow card names the account in its query.
  ['https://twitter.com/intent/user?screen_name=SomeEx', 'x:someex'],
  ['https://x.com/intent/follow?screen_name=someex', 'x:someex'],
  ['https://x.com/someex', 'x:someex'],
  ['https://x.com/someex/', 'x:someex'],
  ['https://twitter.com/someex', 'x:someex'],
  ['http://twitter.com/SomeEx', 'x:someex'],
  ['https://www.x.com/someex', 'x:someex'],
  ['https://www.twitter.com/someex', 'x:someex'],
  ['https://mobile.twitter.com/someex', 'x:someex'],
  ['https://mobile.x.com/someex', 'x:someex'],
  ['https://m.twitter.com/someex', 'x:someex'],
  ['https://X.COM/SOMEEX', 'x:someex'],
  ['https://x.com/_some_ex_', 'x:_some_ex_'],
  ['https://x.com/a', 'x:a'],
  [`https://x.com/${'a'.repeat(15)}`, `x:${'a'.repeat(15)}`],
  ['https://x.com/someex/with_replies', 'x:someex'],
  ['https://x.com/someex/media', 'x:someex'],
  ['https://x.com/someex/likes', 'x:someex'],
  ['https://x.com/someex/highlights', 'x:someex'],
  ['https://x.com/someex/articles', 'x:someex'],
  ['https://x.com/someex/followers', 'x:someex'],
  ['https://x.com/someex/following', 'x:someex'],
  ['https://x.com/someex/verified_followers', 'x:someex'],
  ['https://x.com/someex/lists', 'x:someex'],
  ['https://x.com/someex/status/1734567890123456789', 'x:someex'],
  ['https://twitter.com/someex/status/1734567890123456789/photo/1', 'x:someex'],
  // The share sheet appends s= and t=; embeds append ref_src.
  ['https://x.com/someex/status/1734567890123456789?s=46&t=AbCdEf', 'x:someex'],
  ['https://twitter.com/someex?ref_src=twsrc%5Etfw', 'x:someex'],
  ['https://x.com/someex#top', 'x:someex'],
  ['https://x.com/%73omeex', 'x:someex'],
  ['https://x.com./someex', 'x:someex'],
];

const nonProfiles: string[] = [
  'https://x.com/',
  'https://x.com/home',
  'https://x.com/explore',
  'https://x.com/explore/tabs/for-you',
  'https://x.com/notifications',
  'https://x.com/messages',
  'https://x.com/i/bookmarks',
  'https://x.com/i/lists/1234567890',
  'https://x.com/i/flow/login',
  // i/status and i/web/status open a post without naming its author.
  'https://x.com/i/status/1734567890123456789',
  'https://twitter.com/i/web/status/1734567890123456789',
  'https://x.com/settings/account',
  'https://x.com/search?q=someex&src=typed_query',
  'https://x.com/compose/post',
  'https://twitter.com/compose/tweet',
  'https://x.com/login',
  'https://x.com/logout',
  'https://x.com/signup',
  'https://x.com/tos',
  'https://x.com/privacy',
  'https://x.com/hashtag/love',
  'https://twitter.com/intent/tweet?text=hi',
  'https://x.com/share',
  'https://x.com/jobs',
  'https://x.com/download',
  'https://t.co/AbCdEf1234',
  'https://pro.x.com/someex',
  'https://api.x.com/someex',
  'https://x.com.example.net/someex',
  'https://notx.com/someex',
  'https://nottwitter.com/someex',
  'https://twitter.co/someex',
  'https://x.co/someex',
  'https://x.com/some.ex',
  'https://x.com/some-ex',
  `https://x.com/${'a'.repeat(16)}`,
];

describe('profileKey: X / Twitter', () => {
  it.each(matches)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(nonProfiles)('%s → null', (url) => expect(profileKey(url)).toBeNull());
});
