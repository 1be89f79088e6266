import { describe, expect, it } from 'vitest';
import { profileKey } from '../../../lib/profile-url';

// Facebook usernames: at least 5 letters, digits or periods; periods and capitals do not count,
// so john.smith and JohnSmith are the same page (Facebook Help Centre, "Username guidelines").
const matches: [string, string][] = [
  // A post's permalink carries its owner's id.
  ['https://www.facebook.com/permalink.php?story_fbid=1234567890&id=100012345', 'facebook:100012345'],
  ['https://m.facebook.com/story.php?story_fbid=1234567890&id=100012345', 'facebook:100012345'],
  ['https://www.facebook.com/someex', 'facebook:someex'],
  ['https://www.facebook.com/someex/', 'facebook:someex'],
  ['https://facebook.com/someex', 'facebook:someex'],
  ['http://www.facebook.com/someex', 'facebook:someex'],
  ['https://www.facebook.com/SomeEx', 'facebook:someex'],
  ['https://www.facebook.com/some.ex', 'facebook:someex'],
  ['https://www.facebook.com/Some.Ex.99/', 'facebook:someex99'],
  ['https://m.facebook.com/someex', 'facebook:someex'],
  ['https://mobile.facebook.com/someex', 'facebook:someex'],
  ['https://mbasic.facebook.com/someex', 'facebook:someex'],
  ['https://web.facebook.com/someex', 'facebook:someex'],
  ['https://touch.facebook.com/someex', 'facebook:someex'],
  ['https://free.facebook.com/someex', 'facebook:someex'],
  ['https://de-de.facebook.com/someex', 'facebook:someex'],
  ['https://fb.com/someex', 'facebook:someex'],
  ['https://www.fb.com/some.ex', 'facebook:someex'],
  ['https://www.facebook.com/someex/photos', 'facebook:someex'],
  ['https://www.facebook.com/someex/about', 'facebook:someex'],
  ['https://www.facebook.com/someex/friends', 'facebook:someex'],
  ['https://www.facebook.com/someex/?sk=photos', 'facebook:someex'],
  ['https://www.facebook.com/someex/posts/pfbid02xYzAbC123dEf456', 'facebook:someex'],
  ['https://www.facebook.com/someex/videos/1234567890123456/', 'facebook:someex'],
  // Links shared out of Facebook carry fbclid / mibextid.
  ['https://www.facebook.com/someex?fbclid=IwAR0abc&mibextid=ZbWKwL', 'facebook:someex'],
  ['https://www.facebook.com/someex#', 'facebook:someex'],
  ['https://www.facebook.com/%73omeex', 'facebook:someex'],
  ['https://www.facebook.com./someex', 'facebook:someex'],
  // Accounts without a username are only reachable by numeric id.
  ['https://www.facebook.com/profile.php?id=100012345', 'facebook:100012345'],
  ['https://www.facebook.com/profile.php?id=100012345&sk=photos', 'facebook:100012345'],
  ['https://m.facebook.com/profile.php?sk=about&id=100012345#top', 'facebook:100012345'],
  ['https://fb.com/profile.php?id=100012345', 'facebook:100012345'],
  ['https://www.facebook.com/people/Some-Name/100012345/', 'facebook:100012345'],
  ['https://www.facebook.com/100012345', 'facebook:100012345'],
  // Ids can be short: facebook.com/4 is Mark Zuckerberg's profile.
  ['https://www.facebook.com/4', 'facebook:4'],
  ['https://www.facebook.com/stories/100012345/UzpfSVNDOjEyMzQ1Njc4OTA=/', 'facebook:100012345'],
];

const nonProfiles: string[] = [
  'https://www.facebook.com/',
  'https://www.facebook.com/home.php',
  'https://www.facebook.com/watch/?v=1234567890',
  'https://www.facebook.com/marketplace/',
  'https://www.facebook.com/groups/somegroup/',
  'https://www.facebook.com/events/1234567890/',
  'https://www.facebook.com/pages/Some-Page/1234567890',
  'https://www.facebook.com/gaming/',
  'https://www.facebook.com/friends/',
  'https://www.facebook.com/friends/requests',
  'https://www.facebook.com/messages/t/100012345',
  'https://www.facebook.com/notifications',
  'https://www.facebook.com/settings',
  'https://www.facebook.com/help/',
  'https://www.facebook.com/login/',
  'https://www.facebook.com/search/top/?q=someex',
  'https://www.facebook.com/hashtag/love',
  'https://www.facebook.com/photo.php?fbid=1234567890',
  'https://www.facebook.com/photo/?fbid=1234567890',
  'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com',
  'https://www.facebook.com/reel/1234567890',
  'https://www.facebook.com/reels/',
  'https://www.facebook.com/stories',
  'https://www.facebook.com/bookmarks/',
  'https://www.facebook.com/saved/',
  'https://www.facebook.com/memories/',
  'https://www.facebook.com/profile.php',
  'https://www.facebook.com/profile.php?sk=photos',
  'https://www.facebook.com/profile.php?id=someex',
  'https://www.facebook.com/l.php?u=https%3A%2F%2Fexample.com',
  'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com',
  'https://developers.facebook.com/docs',
  'https://facebook.com.example.net/someex',
  'https://notfacebook.com/someex',
  'https://facebook.co/someex',
  'https://fb.com.example.net/someex',
  // Fewer than 5 characters cannot be a username.
  'https://www.facebook.com/abcd',
  'https://www.facebook.com/some_ex',
  'https://www.facebook.com/some-ex',
];

describe('profileKey: Facebook', () => {
  it.each(matches)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(nonProfiles)('%s → null', (url) => expect(profileKey(url)).toBeNull());
});
