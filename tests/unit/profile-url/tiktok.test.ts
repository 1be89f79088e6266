import { describe, expect, it } from 'vitest';
import { profileKey } from '../../../lib/profile-url';

// TikTok usernames: 2–24 letters, digits, underscores and periods; profile URLs always use "@"
// (TikTok Support, "Changing your username").
const matches: [string, string][] = [
  ['https://www.tiktok.com/@someex', 'tiktok:someex'],
  ['https://www.tiktok.com/@someex/', 'tiktok:someex'],
  ['https://tiktok.com/@someex', 'tiktok:someex'],
  ['http://www.tiktok.com/@someex', 'tiktok:someex'],
  ['https://m.tiktok.com/@someex', 'tiktok:someex'],
  ['https://www.tiktok.com/@SomeEx', 'tiktok:someex'],
  ['https://WWW.TIKTOK.COM/@SOMEEX', 'tiktok:someex'],
  ['https://www.tiktok.com/@some.ex_1', 'tiktok:some.ex_1'],
  ['https://www.tiktok.com/@ab', 'tiktok:ab'],
  [`https://www.tiktok.com/@${'a'.repeat(24)}`, `tiktok:${'a'.repeat(24)}`],
  ['https://www.tiktok.com/@someex/video/7312345678901234567', 'tiktok:someex'],
  // Links copied from the web app carry is_from_webapp / sender_device.
  ['https://www.tiktok.com/@someex/video/7312345678901234567?is_from_webapp=1&sender_device=pc', 'tiktok:someex'],
  ['https://www.tiktok.com/@someex/photo/7312345678901234567', 'tiktok:someex'],
  ['https://www.tiktok.com/@someex/live', 'tiktok:someex'],
  ['https://www.tiktok.com/@someex?lang=en', 'tiktok:someex'],
  ['https://www.tiktok.com/@someex?_t=8kAbCdEf&_r=1', 'tiktok:someex'],
  ['https://www.tiktok.com/@someex#top', 'tiktok:someex'],
  ['https://www.tiktok.com/@%73omeex', 'tiktok:someex'],
  ['https://www.tiktok.com/%40someex', 'tiktok:someex'],
  ['https://www.tiktok.com./@someex', 'tiktok:someex'],
];

const nonProfiles: string[] = [
  'https://www.tiktok.com/',
  'https://www.tiktok.com/foryou',
  'https://www.tiktok.com/explore',
  'https://www.tiktok.com/following',
  'https://www.tiktok.com/friends',
  'https://www.tiktok.com/live',
  'https://www.tiktok.com/search?q=someex',
  'https://www.tiktok.com/search/user?q=someex',
  'https://www.tiktok.com/tag/love',
  'https://www.tiktok.com/music/original-sound-7312345678901234567',
  'https://www.tiktok.com/discover/someex',
  'https://www.tiktok.com/embed/v2/7312345678901234567',
  // Short links redirect server-side; the URL itself names nobody.
  'https://vm.tiktok.com/ZMabc123/',
  'https://vt.tiktok.com/ZSabc123/',
  'https://www.tiktok.com/t/ZTabc123/',
  'https://www.tiktok.com/someex',
  'https://www.tiktok.com/@',
  'https://www.tiktok.com/@a',
  `https://www.tiktok.com/@${'a'.repeat(25)}`,
  'https://www.tiktok.com/@some-ex',
  'https://www.tiktok.com/@some%20ex',
  'https://ads.tiktok.com/@someex',
  'https://tiktok.com.example.net/@someex',
  'https://nottiktok.com/@someex',
  'https://tiktok.co/@someex',
];

describe('profileKey: TikTok', () => {
  it.each(matches)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(nonProfiles)('%s → null', (url) => expect(profileKey(url)).toBeNull());
});
