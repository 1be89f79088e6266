import { describe, expect, it } from 'vitest';
import { profileKey } from '../../../lib/profile-url';

// Reddit usernames: 3–20 letters, digits, "-" and "_", not case-sensitive; /u/ is an alias of
// /user/ (Reddit Help, "What are the rules for usernames?").
const matches: [string, string][] = [
  // Every account's profile subreddit shows the same posts.
  ['https://www.reddit.com/r/u_SomeEx/', 'reddit:someex'],
  ['https://www.reddit.com/user/someex/', 'reddit:someex'],
  ['https://www.reddit.com/user/someex', 'reddit:someex'],
  ['https://reddit.com/u/someex', 'reddit:someex'],
  ['http://www.reddit.com/u/someex/', 'reddit:someex'],
  ['https://old.reddit.com/user/someex', 'reddit:someex'],
  ['https://new.reddit.com/user/someex', 'reddit:someex'],
  ['https://np.reddit.com/user/someex', 'reddit:someex'],
  ['https://m.reddit.com/u/someex', 'reddit:someex'],
  ['https://i.reddit.com/user/someex', 'reddit:someex'],
  ['https://sh.reddit.com/user/someex', 'reddit:someex'],
  ['https://www.reddit.com/user/SomeEx/', 'reddit:someex'],
  ['https://WWW.REDDIT.COM/u/SOMEEX', 'reddit:someex'],
  ['https://www.reddit.com/u/Some-Ex_1', 'reddit:some-ex_1'],
  ['https://www.reddit.com/u/abc', 'reddit:abc'],
  [`https://www.reddit.com/u/${'a'.repeat(20)}`, `reddit:${'a'.repeat(20)}`],
  ['https://www.reddit.com/user/someex/submitted/', 'reddit:someex'],
  ['https://www.reddit.com/user/someex/comments/', 'reddit:someex'],
  ['https://old.reddit.com/user/someex/overview', 'reddit:someex'],
  ['https://www.reddit.com/user/someex/posts/', 'reddit:someex'],
  ['https://www.reddit.com/user/someex/upvoted/', 'reddit:someex'],
  ['https://www.reddit.com/user/someex/saved/', 'reddit:someex'],
  // Posts made to a profile live under the profile's own path.
  ['https://www.reddit.com/user/someex/comments/1abc2d/my_post_title/', 'reddit:someex'],
  ['https://www.reddit.com/user/someex/?sort=top&t=all', 'reddit:someex'],
  // The app's share sheet appends utm_* parameters.
  ['https://www.reddit.com/u/someex/s/AbCdEf?utm_source=share&utm_medium=ios_app', 'reddit:someex'],
  ['https://www.reddit.com/user/someex/#top', 'reddit:someex'],
  ['https://www.reddit.com/user/%73omeex/', 'reddit:someex'],
  ['https://www.reddit.com./user/someex', 'reddit:someex'],
];

const nonProfiles: string[] = [
  'https://www.reddit.com/',
  'https://old.reddit.com/',
  'https://www.reddit.com/r/breakups/',
  // Subreddit posts do not name their author in the URL.
  'https://www.reddit.com/r/breakups/comments/1abc2d/some_title/',
  'https://www.reddit.com/popular/',
  'https://www.reddit.com/r/popular/',
  'https://www.reddit.com/all/',
  'https://www.reddit.com/search/?q=someex',
  'https://www.reddit.com/settings',
  'https://www.reddit.com/settings/profile',
  'https://www.reddit.com/message/inbox/',
  'https://www.reddit.com/message/compose/?to=someex',
  'https://www.reddit.com/submit',
  'https://www.reddit.com/login/',
  'https://www.reddit.com/u/',
  'https://www.reddit.com/user/',
  'https://www.reddit.com/someex',
  'https://www.reddit.com/u/ab',
  `https://www.reddit.com/u/${'a'.repeat(21)}`,
  'https://www.reddit.com/u/some.ex',
  'https://www.reddit.com/u/some%20ex',
  'https://redd.it/1abc2d',
  'https://reddit.com.example.net/u/someex',
  'https://notreddit.com/u/someex',
  'https://reddit.co/u/someex',
];

describe('profileKey: Reddit', () => {
  it.each(matches)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(nonProfiles)('%s → null', (url) => expect(profileKey(url)).toBeNull());
});
