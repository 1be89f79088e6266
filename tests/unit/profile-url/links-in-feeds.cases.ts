// Links that carry a profile's link inside them, as feeds write them (the networks' own
// redirectors and Google Translate's proxy; /tmp/research-13/REPORT.md §1.1 and §3). Not in the
// redirect-rule tables: a page load of one reaches the redirector's host, not the profile's, and
// the redirect that follows is stopped by the profile's own rule.
export const carried: [string, string][] = [
  ['https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F&h=AT0', 'instagram:someex'],
  ['https://lm.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F', 'instagram:someex'],
  ['https://www.facebook.com/l.php?u=https%3A%2F%2Fx.com%2Fsomeex', 'x:someex'],
  ['https://l.instagram.com/?u=https%3A%2F%2Fwww.tiktok.com%2F%40someex&e=AT0', 'tiktok:someex'],
  ['https://l.threads.com/?u=https%3A%2F%2Fx.com%2Fsomeex&e=AT0', 'x:someex'],
  ['https://l.threads.net/?u=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F', 'instagram:someex'],
  ['https://www.youtube.com/redirect?event=comments&q=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F&redir_token=x', 'instagram:someex'],
  ['https://m.youtube.com/redirect?q=https%3A%2F%2Fbsky.app%2Fprofile%2Fsomeex.bsky.social', 'bluesky:someex.bsky.social'],
  ['https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fx.com%2Fsomeex', 'x:someex'],
  ['https://www.linkedin.com/safety/go?url=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F&trk=flagship', 'instagram:someex'],
  ['https://href.li/?https://www.instagram.com/someex/', 'instagram:someex'],
  ['https://t.umblr.com/redirect?z=https%3A%2F%2Fx.com%2Fsomeex&t=x', 'x:someex'],
  ['https://out.reddit.com/t3_1abc2d?url=https%3A%2F%2Fx.com%2Fsomeex&token=x', 'x:someex'],
  ['https://www.pinterest.com/offsite/?token=1&url=https%3A%2F%2Fx.com%2Fsomeex', 'x:someex'],
  ['https://www.pinterest.co.uk/offsite/?url=https%3A%2F%2Fwww.tumblr.com%2Fsomeex', 'tumblr:someex'],
  // A shim to the network's own profile.
  ['https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.facebook.com%2Fsome.ex', 'facebook:someex'],
  // Google Translate's proxy: "-" stands for "." in the host, "--" for "-".
  ['https://www-instagram-com.translate.goog/someex/?_x_tr_sl=auto&_x_tr_tl=en', 'instagram:someex'],
  ['https://someex-tumblr-com.translate.goog/?_x_tr_sl=auto', 'tumblr:someex'],
  ['https://some--ex-tumblr-com.translate.goog/', 'tumblr:some-ex'],
  ['https://www-facebook-com.translate.goog/profile.php?id=100012345&_x_tr_sl=de&_x_tr_tl=en&_x_tr_hl=en', 'facebook:100012345'],
  ['https://x-com.translate.goog/someex?_x_tr_sl=auto&_x_tr_tl=en', 'x:someex'],
];

export const notCarried: string[] = [
  // A general redirector is not a network's: its link is never read.
  'https://www.google.com/url?q=https://www.instagram.com/someex/',
  'https://evil.example/?u=https://www.instagram.com/someex/',
  'https://l.facebook.com.evil.example/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F',
  'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com',
  'https://l.facebook.com/l.php?u=javascript%3Aalert(1)',
  'https://l.facebook.com/other.php?u=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F',
  'https://l.instagram.com/?url=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F',
  'https://www.youtube.com/watch?q=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F',
  // A shim inside a shim names nobody: links are unwrapped once.
  'https://l.facebook.com/l.php?u=https%3A%2F%2Fl.instagram.com%2F%3Fu%3Dhttps%253A%252F%252Fwww.instagram.com%252Fsomeex%252F',
  'https://href.li/?https://www-instagram-com.translate.goog/someex/',
  // An archive copy inside a shim: copies are read only when visited directly.
  'https://href.li/?https://web.archive.org/web/2024/https://www.instagram.com/someex/',
  // Opaque short links say nothing until they are followed.
  'https://t.co/AbCdEf1234',
  'https://tmblr.co/m08AoE-xy5kbQnjed6Tcmng',
  // A reblog link names the post's blog, but it sits on every reblog of it by anyone.
  'https://www.tumblr.com/reblog/someex/712345678901234567/AbCd',
  'https://translate.goog/someex/',
  'https://www-instagram-com.example.translate.goog/someex/',
  'https://www-example-net.translate.goog/someex/',
];
