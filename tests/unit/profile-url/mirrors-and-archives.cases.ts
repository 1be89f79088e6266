// URL tables shared by the recognition tests and the redirect-rule tests.
// Viewer sites show a network's profile by handle, so they are keyed as the network itself.
export const mirrorMatches: [string, string][] = [
  ['https://picuki.com/profile/someex', 'instagram:someex'],
  // Picuki itself serves from www.
  ['https://www.picuki.com/profile/SomeEx', 'instagram:someex'],
  ['https://imginn.com/someex/', 'instagram:someex'],
  ['https://imginn.com/SomeEx', 'instagram:someex'],
  ['https://imginn.com/stories/someex/', 'instagram:someex'],
  ['https://nitter.net/someex', 'x:someex'],
  ['https://nitter.net/SomeEx/with_replies', 'x:someex'],
  ['https://nitter.net/someex/status/1734567890123456789#m', 'x:someex'],
  ['https://nitter.poast.org/someex', 'x:someex'],
  ['https://xcancel.com/someex', 'x:someex'],
  ['https://xcancel.com/someex/status/1734567890123456789', 'x:someex'],
  // Embed fixers: the same path as x.com, on another host.
  ['https://fxtwitter.com/someex/status/1', 'x:someex'],
  ['https://vxtwitter.com/SomeEx', 'x:someex'],
  ['https://fixupx.com/someex/status/1734567890123456789', 'x:someex'],
  ['https://fixvx.com/someex', 'x:someex'],
];

export const mirrorNonProfiles: string[] = [
  'https://picuki.com/',
  'https://www.picuki.com/',
  'https://picuki.com/profile/',
  'https://imginn.com/',
  'https://imginn.com/p/C1a2B3c4D5e/',
  'https://nitter.net/',
  'https://nitter.net/search?q=someex',
  'https://nitter.net/i/status/1734567890123456789',
  'https://xcancel.com/',
  'https://fxtwitter.com/',
  'https://nitter.net.example.net/someex',
  'https://picuki.com.example.net/profile/someex',
];

// Web-archive copies of a profile: the archived URL is recognised as if visited directly.
export const archiveMatches: [string, string][] = [
  ['https://web.archive.org/web/20230101000000/https://www.instagram.com/someex/', 'instagram:someex'],
  ['http://web.archive.org/web/20230101000000/http://instagram.com/someex', 'instagram:someex'],
  // Calendar / prefix searches use "*" in the timestamp and after the URL.
  ['https://web.archive.org/web/2023*/instagram.com/someex*', 'instagram:someex'],
  // id_ (and im_, js_, …) modifiers follow the timestamp.
  ['https://web.archive.org/web/20230101000000id_/https://x.com/SomeEx', 'x:someex'],
  ['https://web.archive.org/web/20230101000000/https://twitter.com/someex/status/1734567890123456789', 'x:someex'],
  // The archived URL's own query reaches the archive as the outer query.
  ['https://web.archive.org/web/2023/https://www.facebook.com/profile.php?id=100012345', 'facebook:100012345'],
  ['https://archive.ph/newest/https://www.instagram.com/someex/', 'instagram:someex'],
  ['https://archive.today/2023.01.01-000000/https://twitter.com/someex', 'x:someex'],
  ['https://archive.is/https://www.tiktok.com/@someex', 'tiktok:someex'],
];

export const archiveNonProfiles: string[] = [
  'https://web.archive.org/',
  'https://web.archive.org/web/2023/https://example.com/',
  'https://web.archive.org/web/2023/https://www.instagram.com/explore/',
  'https://web.archive.org/web/2023/https://instagram.com.example.net/someex',
  // A short archive id names nobody.
  'https://archive.ph/AbCdE',
  'https://archive.ph/',
  'https://web.archive.org.example.net/web/2023/https://www.instagram.com/someex/',
];
