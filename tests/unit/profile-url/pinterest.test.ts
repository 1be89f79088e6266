import { describe, expect, it } from 'vitest';
import { profileKey } from '../../../lib/profile-url';

// Pinterest usernames: 3–30 letters, digits and underscores, not case-sensitive (Pinterest Help,
// "Edit your profile"). The same pages are served on country subdomains and country domains.
const countryDomains = [
  'co.uk', 'de', 'fr', 'ca', 'com.au', 'es', 'it', 'jp', 'com.mx', 'nz',
  'ie', 'at', 'ch', 'pt', 'se', 'dk', 'cl', 'co.kr', 'ph', 'nl',
];

const matches: [string, string][] = [
  ['https://www.pinterest.com/someex/', 'pinterest:someex'],
  ['https://www.pinterest.com/someex', 'pinterest:someex'],
  ['https://pinterest.com/someex/', 'pinterest:someex'],
  ['http://www.pinterest.com/someex/', 'pinterest:someex'],
  ['https://uk.pinterest.com/someex/', 'pinterest:someex'],
  ['https://de.pinterest.com/someex/', 'pinterest:someex'],
  ['https://in.pinterest.com/someex/', 'pinterest:someex'],
  ['https://br.pinterest.com/someex/', 'pinterest:someex'],
  ...countryDomains.map((tld): [string, string] => [`https://www.pinterest.${tld}/someex/`, 'pinterest:someex']),
  ['https://pinterest.co.uk/someex/', 'pinterest:someex'],
  ['https://pinterest.com.au/SomeEx/', 'pinterest:someex'],
  ['https://www.pinterest.com/SomeEx/', 'pinterest:someex'],
  ['https://WWW.PINTEREST.COM/SOMEEX/', 'pinterest:someex'],
  ['https://www.pinterest.com/some_ex_1/', 'pinterest:some_ex_1'],
  ['https://www.pinterest.com/abc/', 'pinterest:abc'],
  [`https://www.pinterest.com/${'a'.repeat(30)}/`, `pinterest:${'a'.repeat(30)}`],
  ['https://www.pinterest.com/someex/our-wedding-ideas/', 'pinterest:someex'],
  ['https://www.pinterest.com/someex/_saved/', 'pinterest:someex'],
  ['https://www.pinterest.com/someex/_created/', 'pinterest:someex'],
  ['https://www.pinterest.com/someex/pins/', 'pinterest:someex'],
  // Profile share links carry invite_code and sender.
  ['https://www.pinterest.com/someex/?invite_code=abc123&sender=456789', 'pinterest:someex'],
  ['https://www.pinterest.com/someex/?utm_source=share#top', 'pinterest:someex'],
  ['https://www.pinterest.com/%73omeex/', 'pinterest:someex'],
  ['https://www.pinterest.com./someex/', 'pinterest:someex'],
];

const nonProfiles: string[] = [
  'https://www.pinterest.com/',
  'https://www.pinterest.co.uk/',
  'https://www.pinterest.com/pin/123456789012345678/',
  'https://www.pinterest.com/search/pins/?q=someex',
  'https://www.pinterest.com/ideas/wedding/123456789/',
  'https://www.pinterest.com/today/best/some-story/123/',
  'https://www.pinterest.com/settings/',
  'https://www.pinterest.com/business/create/',
  'https://www.pinterest.com/categories/travel/',
  'https://www.pinterest.com/explore/travel/',
  'https://www.pinterest.com/login/',
  'https://www.pinterest.com/videos/',
  'https://www.pinterest.com/news_hub/',
  'https://pin.it/AbCdEf123',
  'https://help.pinterest.com/en/article/edit-your-profile',
  'https://developers.pinterest.com/someex/',
  'https://www.pinterest.com/ab/',
  `https://www.pinterest.com/${'a'.repeat(31)}/`,
  'https://www.pinterest.com/some.ex/',
  'https://www.pinterest.com/some-ex/',
  'https://pinterest.com.example.net/someex/',
  'https://notpinterest.com/someex/',
  'https://pinterest.co/someex/',
];

describe('profileKey: Pinterest', () => {
  it.each(matches)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(nonProfiles)('%s → null', (url) => expect(profileKey(url)).toBeNull());
});
