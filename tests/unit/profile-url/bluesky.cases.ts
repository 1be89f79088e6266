// URL tables shared by the recognition tests and the redirect-rule tests.
// Bluesky handles are DNS names, compared case-insensitively; an account can also be addressed
// by its DID (AT Protocol specs, "Handle" and "DID").
export const did = 'did:plc:z72i7hdynmk6r22z27h6tvur';

export const matches: [string, string][] = [
  ['https://bsky.app/profile/someex.bsky.social', 'bluesky:someex.bsky.social'],
  ['https://bsky.app/profile/someex.bsky.social/', 'bluesky:someex.bsky.social'],
  ['http://bsky.app/profile/someex.bsky.social', 'bluesky:someex.bsky.social'],
  ['https://bsky.app/profile/SomeEx.Bsky.Social', 'bluesky:someex.bsky.social'],
  ['https://BSKY.APP/profile/SOMEEX.BSKY.SOCIAL', 'bluesky:someex.bsky.social'],
  // Any domain the person controls can be their handle.
  ['https://bsky.app/profile/example.com', 'bluesky:example.com'],
  ['https://bsky.app/profile/some-ex.co.uk', 'bluesky:some-ex.co.uk'],
  ['https://bsky.app/profile/someex.bsky.social/post/3kabc2def3gh4', 'bluesky:someex.bsky.social'],
  ['https://bsky.app/profile/someex.bsky.social/follows', 'bluesky:someex.bsky.social'],
  ['https://bsky.app/profile/someex.bsky.social/followers', 'bluesky:someex.bsky.social'],
  ['https://bsky.app/profile/someex.bsky.social/lists/3kxyz2abc3de4', 'bluesky:someex.bsky.social'],
  ['https://bsky.app/profile/someex.bsky.social/feed/aaabbbccc', 'bluesky:someex.bsky.social'],
  ['https://bsky.app/profile/someex.bsky.social?ref_src=embed', 'bluesky:someex.bsky.social'],
  ['https://bsky.app/profile/someex.bsky.social#top', 'bluesky:someex.bsky.social'],
  ['https://bsky.app/profile/%73omeex.bsky.social', 'bluesky:someex.bsky.social'],
  ['https://bsky.app./profile/someex.bsky.social', 'bluesky:someex.bsky.social'],
  // bsky.app's own DID; post links copied from some clients use the DID, not the handle.
  [`https://bsky.app/profile/${did}`, `bluesky:${did}`],
  [`https://bsky.app/profile/${did}/post/3kabc2def3gh4`, `bluesky:${did}`],
  ['https://bsky.app/profile/did%3Aplc%3Az72i7hdynmk6r22z27h6tvur', `bluesky:${did}`],
];

export const nonProfiles: string[] = [
  'https://bsky.app/',
  'https://bsky.app/search?q=someex',
  'https://bsky.app/notifications',
  'https://bsky.app/settings',
  'https://bsky.app/feeds',
  'https://bsky.app/messages',
  'https://bsky.app/hashtag/love',
  'https://bsky.app/profile/',
  'https://bsky.app/profile/not%20a%20domain',
  'https://bsky.app/profile/nodots',
  'https://bsky.app/profile/did:plc:',
  // Handle labels are letters, digits and inner hyphens, at most 63 characters each.
  'https://bsky.app/profile/some_ex.bsky.social',
  'https://bsky.app/profile/-someex.bsky.social',
  `https://bsky.app/profile/${'a'.repeat(64)}.bsky.social`,
  'https://bsky.app.example.net/profile/someex.bsky.social',
  'https://notbsky.app/profile/someex.bsky.social',
  'https://bsky.social/profile/someex.bsky.social',
];
