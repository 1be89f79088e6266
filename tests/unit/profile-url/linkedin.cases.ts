// URL tables shared by the recognition tests and the redirect-rule tests.
// LinkedIn public profile URLs: /in/ + 3–100 letters, digits or hyphens, not case-sensitive;
// non-Latin letters are allowed and arrive percent-encoded (LinkedIn Help, "Customize your
// public profile URL").
export const matches: [string, string][] = [
  ['https://www.linkedin.com/in/someex/', 'linkedin:someex'],
  ['https://www.linkedin.com/in/someex', 'linkedin:someex'],
  ['https://linkedin.com/in/someex', 'linkedin:someex'],
  ['http://www.linkedin.com/in/someex/', 'linkedin:someex'],
  ['https://m.linkedin.com/in/someex', 'linkedin:someex'],
  ['https://uk.linkedin.com/in/someex', 'linkedin:someex'],
  ['https://de.linkedin.com/in/someex', 'linkedin:someex'],
  ['https://fr.linkedin.com/in/someex', 'linkedin:someex'],
  ['https://br.linkedin.com/in/someex', 'linkedin:someex'],
  ['https://www.linkedin.com/in/SomeEx/', 'linkedin:someex'],
  ['https://WWW.LINKEDIN.COM/in/SOMEEX', 'linkedin:someex'],
  // Default vanity names end in a hyphen and a hex suffix.
  ['https://www.linkedin.com/in/some-ex-1a2b3c4d/', 'linkedin:some-ex-1a2b3c4d'],
  ['https://www.linkedin.com/in/abc', 'linkedin:abc'],
  [`https://www.linkedin.com/in/${'a'.repeat(100)}`, `linkedin:${'a'.repeat(100)}`],
  ['https://www.linkedin.com/in/someex/details/experience/', 'linkedin:someex'],
  ['https://www.linkedin.com/in/someex/recent-activity/all/', 'linkedin:someex'],
  ['https://www.linkedin.com/in/someex/overlay/contact-info/', 'linkedin:someex'],
  // Country-subdomain links redirect to www with originalSubdomain.
  ['https://www.linkedin.com/in/someex?originalSubdomain=uk', 'linkedin:someex'],
  ['https://www.linkedin.com/in/someex/?trk=public_profile_browsemap&utm_source=share', 'linkedin:someex'],
  ['https://www.linkedin.com/in/someex/#experience', 'linkedin:someex'],
  ['https://www.linkedin.com/in/%73omeex/', 'linkedin:someex'],
  ['https://www.linkedin.com/in/%C3%A9lodie-martin/', 'linkedin:élodie-martin'],
  ['https://www.linkedin.com/in/Élodie-Martin', 'linkedin:élodie-martin'],
  ['https://www.linkedin.com/in/%D0%B8%D0%B2%D0%B0%D0%BD-%D0%BF%D0%B5%D1%82%D1%80%D0%BE%D0%B2', 'linkedin:иван-петров'],
  ['https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/', 'linkedin:王小明'],
  ['https://www.linkedin.com./in/someex', 'linkedin:someex'],
  // A member's permanent id, as feeds link it: case kept, never mistaken for a vanity name.
  ['https://www.linkedin.com/in/ACoAADSoo60BM6hxemTbnN2aA_Z1-WlNFRhRYhU', 'linkedin:urn/ACoAADSoo60BM6hxemTbnN2aA_Z1-WlNFRhRYhU'],
  ['https://www.linkedin.com/in/ACoAAB7am7MBEP8pLxYz12AbCdEfGhIjKlMnOpQ?lipi=urn%3Ali%3Apage', 'linkedin:urn/ACoAAB7am7MBEP8pLxYz12AbCdEfGhIjKlMnOpQ'],
  // The vanity name with the id beside it in the query stays the vanity name.
  ['https://www.linkedin.com/in/someex?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB7am7MBEP8pLxYz12AbCdEfGhIjKlMnOpQ', 'linkedin:someex'],
];

export const nonProfiles: string[] = [
  'https://www.linkedin.com/',
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/company/acme/',
  'https://www.linkedin.com/school/some-university/',
  'https://www.linkedin.com/jobs/view/3712345678/',
  // NOTE: post slugs usually begin with the author's vanity name (posts/someex_title-activity-…),
  // but the slug is free text; the spec keeps activity posts null.
  'https://www.linkedin.com/posts/someex_activity-7123456789012345678-AbCd',
  'https://www.linkedin.com/pulse/some-article-some-ex/',
  'https://www.linkedin.com/search/results/people/?keywords=someex',
  'https://www.linkedin.com/mynetwork/',
  'https://www.linkedin.com/messaging/',
  'https://www.linkedin.com/notifications/',
  'https://www.linkedin.com/login',
  // NOTE: old /pub/name/x/y/z URLs still redirect to the profile; the spec keeps them null.
  'https://www.linkedin.com/pub/some-ex/12/345/678',
  'https://www.linkedin.com/in/',
  'https://www.linkedin.com/someex',
  'https://www.linkedin.com/in/ab',
  `https://www.linkedin.com/in/${'a'.repeat(101)}`,
  'https://www.linkedin.com/in/some_ex',
  'https://www.linkedin.com/in/some.ex',
  'https://www.linkedin.com/in/some%20ex',
  'https://www.linkedin.com/in/some!ex',
  'https://business.linkedin.com/in/someex',
  'https://lnkd.in/dAbC123',
  'https://linkedin.com.example.net/in/someex',
  'https://notlinkedin.com/in/someex',
  'https://linkedin.co/in/someex',
];
