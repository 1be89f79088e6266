// URL tables shared by the recognition tests and the redirect-rule tests.
// YouTube handles: 3–30 characters, not case-sensitive (YouTube Help, "Handle guidelines").
// Handles may also use letters of many non-Latin scripts and a middle dot (feeds link them
// percent-encoded: /tmp/research-13/REPORT.md §2.8). Legacy vanity URLs without /c/
// (youtube.com/SomeName) also still resolve; the spec does not list them, so they are untested.
export const channelId = 'UC_x5XG1OV2P6uZZ5FSM9Ttw';

export const matches: [string, string][] = [
  ['https://www.youtube.com/@someex', 'youtube:someex'],
  ['https://www.youtube.com/@someex/', 'youtube:someex'],
  ['https://youtube.com/@someex', 'youtube:someex'],
  ['http://www.youtube.com/@someex', 'youtube:someex'],
  ['https://m.youtube.com/@someex', 'youtube:someex'],
  ['https://www.youtube.com/@SomeEx', 'youtube:someex'],
  ['https://WWW.YOUTUBE.COM/@SOMEEX', 'youtube:someex'],
  ['https://www.youtube.com/@some.ex-1_', 'youtube:some.ex-1_'],
  ['https://www.youtube.com/@abc', 'youtube:abc'],
  [`https://www.youtube.com/@${'a'.repeat(30)}`, `youtube:${'a'.repeat(30)}`],
  ['https://www.youtube.com/@someex/videos', 'youtube:someex'],
  ['https://www.youtube.com/@someex/shorts', 'youtube:someex'],
  ['https://www.youtube.com/@someex/streams', 'youtube:someex'],
  ['https://www.youtube.com/@someex/playlists', 'youtube:someex'],
  ['https://www.youtube.com/@someex/community', 'youtube:someex'],
  ['https://www.youtube.com/@someex/about', 'youtube:someex'],
  ['https://www.youtube.com/@someex/featured', 'youtube:someex'],
  ['https://www.youtube.com/@someex/posts', 'youtube:someex'],
  ['https://www.youtube.com/@someex/search?query=holiday', 'youtube:someex'],
  // The share sheet appends si=.
  ['https://www.youtube.com/@someex?si=AbCdEfGh12345678', 'youtube:someex'],
  ['https://www.youtube.com/@someex#top', 'youtube:someex'],
  // Handles in other scripts arrive percent-encoded (and may hold a middle dot).
  ['https://www.youtube.com/@%E7%8E%8B%E5%B0%8F%E6%98%8E', 'youtube:王小明'],
  ['https://www.youtube.com/@%D0%98%D0%B2%D0%B0%D0%BD/videos', 'youtube:иван'],
  ['https://www.youtube.com/@ana%C2%B7lu', 'youtube:ana·lu'],
  ['https://www.youtube.com/@%73omeex', 'youtube:someex'],
  ['https://www.youtube.com/%40someex', 'youtube:someex'],
  ['https://www.youtube.com./@someex', 'youtube:someex'],
  // Channel ids are "UC" + 22 base64url characters and are case-sensitive.
  [`https://www.youtube.com/channel/${channelId}`, `youtube:channel/${channelId}`],
  [`https://WWW.YOUTUBE.COM/channel/${channelId}/videos`, `youtube:channel/${channelId}`],
  [`https://m.youtube.com/channel/${channelId}?si=abc`, `youtube:channel/${channelId}`],
  ['https://www.youtube.com/c/SomeEx', 'youtube:c/someex'],
  ['https://www.youtube.com/c/someex/videos', 'youtube:c/someex'],
  ['https://www.youtube.com/user/SomeEx', 'youtube:user/someex'],
  ['https://youtube.com/user/someex/videos?view=0', 'youtube:user/someex'],
];

export const nonProfiles: string[] = [
  'https://www.youtube.com/',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ&ab_channel=SomeEx',
  'https://www.youtube.com/shorts/AbCdEfGhIjK',
  'https://www.youtube.com/results?search_query=someex',
  'https://www.youtube.com/feed/subscriptions',
  'https://www.youtube.com/feed/trending',
  'https://www.youtube.com/playlist?list=PLAbCdEfGhIjKlMnOpQrStUvWxYz012345',
  'https://www.youtube.com/embed/dQw4w9WgXcQ',
  'https://www.youtube.com/live/dQw4w9WgXcQ',
  'https://youtu.be/dQw4w9WgXcQ',
  'https://www.youtube.com/channel/',
  'https://www.youtube.com/channel/someex',
  'https://www.youtube.com/channel/UCshort',
  `https://www.youtube.com/channel/${channelId}x`,
  'https://www.youtube.com/c/',
  'https://www.youtube.com/user/',
  'https://www.youtube.com/hashtag/love',
  'https://www.youtube.com/gaming',
  'https://www.youtube.com/premium',
  'https://www.youtube.com/@',
  'https://www.youtube.com/@ab',
  `https://www.youtube.com/@${'a'.repeat(31)}`,
  'https://www.youtube.com/@some%20ex',
  'https://www.youtube.com/@some!ex',
  'https://studio.youtube.com/channel/UC_x5XG1OV2P6uZZ5FSM9Ttw/videos',
  'https://youtube.com.example.net/@someex',
  'https://notyoutube.com/@someex',
  'https://youtube.co/@someex',
];
