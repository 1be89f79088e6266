// URL tables shared by the recognition tests and the redirect-rule tests.
// The content script calls profileKey on every URL change, so it must never throw and must
// reject anything that is not an http(s) profile URL.
export const nonProfiles: string[] = [
  '',
  ' ',
  'not a url',
  'instagram',
  'someex',
  '@someex',
  'javascript:alert(1)',
  'data:text/html,hi',
  'file:///etc/passwd',
  'ftp://instagram.com/someex',
  'chrome://settings',
  'about:blank',
  'view-source:https://www.instagram.com/someex/',
  'blob:https://www.instagram.com/0a1b2c3d-4e5f-6789-abcd-ef0123456789',
  // Our own pause page carries the profile URL in its query; it must not pause itself.
  'chrome-extension://abcdefghijklmnopabcdefghijklmnop/pause.html?url=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F',
  'https://',
  'https://?',
  'http://[::1]/',
  'http://127.0.0.1/someex',
  'https://www.instagram.com/' + 'a'.repeat(100_000),
  'a'.repeat(100_000),
  'https://' + 'a.'.repeat(50_000) + 'com/someex',
  'https://www.instagram.com/some\u0000ex',
  'https://www.instagram.com/\u0000',
  'https://www.instagram.com/🙂/',
  'https://www.instagram.com/some🙂ex',
  'https://www.instagram.com/%F0%9F%99%82/',
  'https://www.instagram.com/%E0%A4%A/',
  'https://www.instagram.com/%/',
  'https://www.instagram.com/someex%00',
  // Homoglyph host: a Cyrillic "і" makes it a different (punycode) domain.
  'https://www.іnstagram.com/someex',
  // Userinfo: the real host is evil.example.
  'https://instagram.com@evil.example/someex',
  'https://evil.example/instagram.com/someex',
  'https://evil.example/?u=https://www.instagram.com/someex/',
  'https://www.google.com/url?q=https://www.instagram.com/someex/',
  'https://instagram.com.evil.example/someex',
  'https://xinstagram.com/someex',
];

export const matches: [string, string][] = [
  ['HTTPS://WWW.INSTAGRAM.COM/SomeEx/?igsh=abc#top', 'instagram:someex'],
  ['https://www.instagram.com:443/someex', 'instagram:someex'],
  ['http://instagram.com:80/someex', 'instagram:someex'],
  // Credentials before the host do not change where the browser goes.
  ['https://user:pass@www.instagram.com/someex/', 'instagram:someex'],
  // WHATWG URL host parsing maps fullwidth letters (UTS #46), so the browser goes to instagram.com.
  ['https://ｉｎｓｔａｇｒａｍ.com/someex', 'instagram:someex'],
];

/** Small deterministic PRNG (mulberry32) so a failure is reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const fragments = [
  'https://', 'http://', 'HTTPS://', 'ftp://', 'javascript:', '//', '/', '\\', '.', '..', ':', '@',
  '?', '#', '&', '=', '%', '%2F', '%40', '%zz', '%00', '%E0%A4', ' ', '\t', '\n', '\u0000', '🙂',
  'é', 'ｉ', '\u202e', 'www.', 'm.', 'instagram.com', 'facebook.com', 'x.com', 'twitter.com',
  'tiktok.com', 'threads.net', 'snapchat.com', 'linkedin.com', 'youtube.com', 'reddit.com',
  'bsky.app', 'pinterest.co.uk', 'tumblr.com', 'picuki.com', 'nitter.net', 'web.archive.org/web/',
  'archive.ph/', '2023*', 'id_', 'profile.php', '?id=', '100012345', 'people', 'stories', 'in',
  'u', 'user', 'channel', 'UC', 'c', 'add', 'profile', 'did:plc:', 'blog/view', 'status', '@someex',
  'someex', 'SomeEx', 'some.ex', 'a'.repeat(40), ':443', ':99999', '[::1]', 'example.net',
];

export function randomInputs(count: number, seed: number): string[] {
  const random = mulberry32(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const inputs: string[] = [];
  for (let i = 0; i < count; i++) {
    let s = '';
    const parts = 1 + pick(10);
    for (let j = 0; j < parts; j++) {
      s += random() < 0.9 ? fragments[pick(fragments.length)] : String.fromCharCode(pick(0x10000));
    }
    inputs.push(s);
  }
  return inputs;
}
