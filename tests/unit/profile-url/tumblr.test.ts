import { describe, expect, it } from 'vitest';
import { profileKey } from '../../../lib/profile-url';

// Tumblr blog names: up to 32 letters, digits and hyphens; a blog lives on its own subdomain
// and, since the 2022 redesign, at tumblr.com/<name> too (Tumblr Help Center, "Blog URLs").
const matches: [string, string][] = [
  ['https://someex.tumblr.com/', 'tumblr:someex'],
  ['https://someex.tumblr.com', 'tumblr:someex'],
  ['http://someex.tumblr.com/', 'tumblr:someex'],
  ['https://SomeEx.tumblr.com/', 'tumblr:someex'],
  ['https://some-ex.tumblr.com/', 'tumblr:some-ex'],
  ['https://a.tumblr.com/', 'tumblr:a'],
  [`https://${'a'.repeat(32)}.tumblr.com/`, `tumblr:${'a'.repeat(32)}`],
  // Every path on a blog's own subdomain is that blog.
  ['https://someex.tumblr.com/post/712345678901234567/some-slug', 'tumblr:someex'],
  ['https://someex.tumblr.com/tagged/art', 'tumblr:someex'],
  ['https://someex.tumblr.com/archive', 'tumblr:someex'],
  ['https://someex.tumblr.com/?source=share#top', 'tumblr:someex'],
  ['https://someex.tumblr.com./', 'tumblr:someex'],
  ['https://www.tumblr.com/someex', 'tumblr:someex'],
  ['https://tumblr.com/someex', 'tumblr:someex'],
  ['https://www.tumblr.com/SomeEx/', 'tumblr:someex'],
  ['https://WWW.TUMBLR.COM/SOMEEX', 'tumblr:someex'],
  ['https://tumblr.com/someex/712345678901234567/some-slug', 'tumblr:someex'],
  ['https://www.tumblr.com/someex/tagged/art', 'tumblr:someex'],
  ['https://www.tumblr.com/someex?source=share', 'tumblr:someex'],
  ['https://www.tumblr.com/%73omeex', 'tumblr:someex'],
  ['https://www.tumblr.com./someex', 'tumblr:someex'],
  // The pre-2022 dashboard blog view.
  ['https://www.tumblr.com/blog/view/someex', 'tumblr:someex'],
  ['https://www.tumblr.com/blog/view/someex/712345678901234567', 'tumblr:someex'],
];

const nonProfiles: string[] = [
  'https://tumblr.com/',
  'https://www.tumblr.com/',
  'https://www.tumblr.com/dashboard',
  'https://www.tumblr.com/explore/trending',
  'https://www.tumblr.com/tagged/art',
  'https://www.tumblr.com/search/someex',
  'https://www.tumblr.com/settings/account',
  'https://www.tumblr.com/likes',
  'https://www.tumblr.com/following',
  'https://www.tumblr.com/inbox',
  'https://www.tumblr.com/login',
  'https://www.tumblr.com/register',
  'https://www.tumblr.com/new/text',
  'https://www.tumblr.com/communities/some-community',
  'https://www.tumblr.com/blog/view/',
  'https://assets.tumblr.com/images/logo.png',
  'https://64.media.tumblr.com/abc123/def456-s640x960/image.jpg',
  'https://help.tumblr.com/hc/en-us',
  'https://tmblr.co/ZAbCdEf12345',
  'https://some_ex.tumblr.com/',
  'https://www.tumblr.com/some_ex',
  `https://${'a'.repeat(33)}.tumblr.com/`,
  `https://www.tumblr.com/${'a'.repeat(33)}`,
  'https://someex.tumblr.com.example.net/',
  'https://tumblr.com.example.net/someex',
  'https://nottumblr.com/someex',
  'https://tumblr.co/someex',
];

describe('profileKey: Tumblr', () => {
  it.each(matches)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(nonProfiles)('%s → null', (url) => expect(profileKey(url)).toBeNull());
});
