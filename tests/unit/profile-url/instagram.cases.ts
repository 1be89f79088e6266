// URL tables shared by the recognition tests and the redirect-rule tests.
// Instagram usernames: up to 30 letters, digits, periods and underscores, case-insensitive
// (Instagram Help Centre, "Change your Instagram username").
export const matches: [string, string][] = [
  ['https://www.instagram.com/someex/', 'instagram:someex'],
  ['https://www.instagram.com/someex', 'instagram:someex'],
  ['https://instagram.com/someex/', 'instagram:someex'],
  ['http://instagram.com/someex', 'instagram:someex'],
  ['https://m.instagram.com/someex/', 'instagram:someex'],
  ['https://www.instagram.com/SomeEx/', 'instagram:someex'],
  ['https://WWW.INSTAGRAM.COM/SOMEEX', 'instagram:someex'],
  ['https://www.instagram.com/some.ex_99/', 'instagram:some.ex_99'],
  ['https://www.instagram.com/_some_ex_/', 'instagram:_some_ex_'],
  ['https://www.instagram.com/a/', 'instagram:a'],
  [`https://www.instagram.com/${'a'.repeat(30)}/`, `instagram:${'a'.repeat(30)}`],
  ['https://www.instagram.com/someex/?hl=en', 'instagram:someex'],
  // The app's share sheet appends igsh / utm_* tracking parameters.
  ['https://www.instagram.com/someex?igsh=MTc4MmM1YmI2Ng%3D%3D&utm_source=qr', 'instagram:someex'],
  ['https://www.instagram.com/someex/#top', 'instagram:someex'],
  ['https://www.instagram.com/someex/tagged/', 'instagram:someex'],
  ['https://www.instagram.com/someex/reels/', 'instagram:someex'],
  ['https://www.instagram.com/someex/saved/', 'instagram:someex'],
  ['https://www.instagram.com/someex/followers/', 'instagram:someex'],
  ['https://www.instagram.com/someex/following/', 'instagram:someex'],
  // Since 2024 posts and reels opened from a profile grid carry the owner's handle.
  ['https://www.instagram.com/someex/p/C1a2B3c4D5e/', 'instagram:someex'],
  ['https://www.instagram.com/someex/reel/C1a2B3c4D5e/?igsh=abc', 'instagram:someex'],
  ['https://www.instagram.com/stories/someex/', 'instagram:someex'],
  ['https://www.instagram.com/stories/SomeEx/3278123456789012345/', 'instagram:someex'],
  ['https://www.instagram.com/%73omeex/', 'instagram:someex'],
  ['https://instagram.com./someex', 'instagram:someex'],
];

export const nonProfiles: string[] = [
  'https://www.instagram.com/',
  'https://www.instagram.com/?hl=en',
  // Post and reel URLs without a handle do not name the owner.
  'https://www.instagram.com/p/C1a2B3c4D5e/',
  'https://www.instagram.com/reel/C1a2B3c4D5e/',
  'https://www.instagram.com/reels/',
  'https://www.instagram.com/reels/C1a2B3c4D5e/',
  // Old IGTV links still resolve to a post.
  'https://www.instagram.com/tv/C1a2B3c4D5e/',
  'https://www.instagram.com/explore/',
  'https://www.instagram.com/explore/tags/sunset/',
  'https://www.instagram.com/explore/locations/212988663/paris-france/',
  'https://www.instagram.com/explore/search/',
  'https://www.instagram.com/accounts/login/?next=%2Fsomeex%2F',
  'https://www.instagram.com/accounts/edit/',
  'https://www.instagram.com/direct/inbox/',
  'https://www.instagram.com/direct/t/340282366841710300949128/',
  'https://www.instagram.com/stories/',
  // Highlights are addressed by numeric id only.
  'https://www.instagram.com/stories/highlights/17912345678901234/',
  'https://www.instagram.com/about/',
  'https://www.instagram.com/legal/privacy/',
  'https://www.instagram.com/developer/',
  'https://help.instagram.com/someex',
  'https://about.instagram.com/someex',
  'https://business.instagram.com/someex',
  'https://l.instagram.com/?u=https%3A%2F%2Fexample.com%2F',
  'https://instagram.com.example.net/someex',
  'https://notinstagram.com/someex',
  'https://instagram.co/someex',
  'https://www.instagram.com/some-ex/',
  'https://www.instagram.com/some%20ex/',
  'https://www.instagram.com/some!ex/',
  `https://www.instagram.com/${'a'.repeat(31)}/`,
];
