// URL tables shared by the recognition tests and the redirect-rule tests.
// Snapchat usernames: 3–15 characters, start with a letter, then letters, digits, "-", "_" or "."
// (Snapchat Support, "Creating a username"); usernames are not case-sensitive.
// NOTE: Snapchat also requires the last character to be a letter or digit; the spec does not,
// so no row depends on it.
export const matches: [string, string][] = [
  ['https://www.snapchat.com/add/someex', 'snapchat:someex'],
  ['https://snapchat.com/add/someex', 'snapchat:someex'],
  ['https://www.snapchat.com/add/someex/', 'snapchat:someex'],
  ['http://www.snapchat.com/add/someex', 'snapchat:someex'],
  ['https://www.snapchat.com/add/SomeEx', 'snapchat:someex'],
  ['https://WWW.SNAPCHAT.COM/add/SOMEEX', 'snapchat:someex'],
  ['https://www.snapchat.com/add/some.ex', 'snapchat:some.ex'],
  ['https://www.snapchat.com/add/some-ex', 'snapchat:some-ex'],
  ['https://www.snapchat.com/add/some_ex1', 'snapchat:some_ex1'],
  ['https://www.snapchat.com/add/abc', 'snapchat:abc'],
  [`https://www.snapchat.com/add/${'a'.repeat(15)}`, `snapchat:${'a'.repeat(15)}`],
  // "Share profile" links carry share_id and locale.
  ['https://www.snapchat.com/add/someex?share_id=AbC123&locale=en-GB', 'snapchat:someex'],
  ['https://www.snapchat.com/add/someex#top', 'snapchat:someex'],
  ['https://www.snapchat.com/@someex', 'snapchat:someex'],
  ['https://snapchat.com/@SomeEx?sender_web_id=abc-123', 'snapchat:someex'],
  ['https://www.snapchat.com/@someex/spotlight/W7_EDlXWTBiXAEEniNoMPwAAYbGtxaWZ2ZWZyAZO', 'snapchat:someex'],
  ['https://story.snapchat.com/@someex', 'snapchat:someex'],
  // Public-story links from before public profiles used /s/<username>.
  ['https://story.snapchat.com/s/someex', 'snapchat:someex'],
  ['https://www.snapchat.com/add/%73omeex', 'snapchat:someex'],
  ['https://www.snapchat.com/%40someex', 'snapchat:someex'],
  ['https://www.snapchat.com./add/someex', 'snapchat:someex'],
];

export const nonProfiles: string[] = [
  'https://www.snapchat.com/',
  'https://snapchat.com/',
  'https://www.snapchat.com/t/AbC123xy',
  'https://www.snapchat.com/download',
  'https://www.snapchat.com/spotlight',
  'https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAAYbGtxaWZ2ZWZyAZO',
  'https://www.snapchat.com/discover/some-show/1234567890',
  'https://www.snapchat.com/lens/abc123def456',
  'https://accounts.snapchat.com/accounts/v2/login',
  'https://map.snapchat.com/',
  // Snap Map positions also start with "@".
  'https://map.snapchat.com/@51.507400,-0.127800,12.00z',
  // Profiles are only under /add/ or /@.
  'https://www.snapchat.com/someex',
  'https://www.snapchat.com/add/',
  'https://www.snapchat.com/@',
  'https://www.snapchat.com/add/ab',
  'https://www.snapchat.com/add/1someex',
  'https://www.snapchat.com/add/_someex',
  `https://www.snapchat.com/add/${'a'.repeat(16)}`,
  'https://www.snapchat.com/add/some%20ex',
  'https://www.snapchat.com/add/some!ex',
  'https://snapchat.com.example.net/add/someex',
  'https://notsnapchat.com/add/someex',
  'https://snapchat.co/add/someex',
];
