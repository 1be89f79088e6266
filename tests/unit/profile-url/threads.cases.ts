// URL tables shared by the recognition tests and the redirect-rule tests.
// A Threads profile shares its Instagram username (Threads Help Centre); threads.net moved to
// threads.com in 2025 and both still serve profiles.
export const matches: [string, string][] = [
  ['https://www.threads.net/@someex', 'threads:someex'],
  ['https://threads.net/@someex', 'threads:someex'],
  ['https://www.threads.com/@someex', 'threads:someex'],
  ['https://threads.com/@someex/', 'threads:someex'],
  ['http://www.threads.net/@someex', 'threads:someex'],
  ['https://www.threads.com/@SomeEx', 'threads:someex'],
  ['https://WWW.THREADS.COM/@SOMEEX', 'threads:someex'],
  ['https://www.threads.com/@some.ex_99', 'threads:some.ex_99'],
  ['https://www.threads.com/@a', 'threads:a'],
  [`https://www.threads.com/@${'a'.repeat(30)}`, `threads:${'a'.repeat(30)}`],
  ['https://www.threads.com/@someex/post/C1a2B3c4D5e', 'threads:someex'],
  ['https://www.threads.net/@someex/post/C1a2B3c4D5e/media', 'threads:someex'],
  ['https://www.threads.com/@someex/replies', 'threads:someex'],
  ['https://www.threads.com/@someex/reposts', 'threads:someex'],
  ['https://www.threads.com/@someex/media', 'threads:someex'],
  // Shared links carry xmt / igshid / hl.
  ['https://www.threads.com/@someex/post/C1a2B3c4D5e?xmt=AQGzAbC&slof=1', 'threads:someex'],
  ['https://www.threads.net/@someex?igshid=NTc4MTIwNjQ2YQ==', 'threads:someex'],
  ['https://www.threads.com/@someex?hl=de#top', 'threads:someex'],
  ['https://www.threads.com/@%73omeex', 'threads:someex'],
  ['https://www.threads.com/%40someex', 'threads:someex'],
  ['https://threads.net./@someex', 'threads:someex'],
];

export const nonProfiles: string[] = [
  'https://www.threads.com/',
  'https://www.threads.net/',
  'https://www.threads.com/search',
  'https://www.threads.com/search?q=someex&serp_type=default',
  'https://www.threads.com/activity',
  'https://www.threads.com/settings',
  'https://www.threads.com/login',
  'https://www.threads.com/intent/post?text=hi',
  // Short post links do not name the author.
  'https://www.threads.com/t/C1a2B3c4D5e',
  'https://www.threads.com/someex',
  'https://www.threads.com/@',
  'https://www.threads.com/@some-ex',
  'https://www.threads.com/@some%20ex',
  `https://www.threads.com/@${'a'.repeat(31)}`,
  'https://threads.net.example.net/@someex',
  'https://notthreads.net/@someex',
  'https://threads.co/@someex',
];
