// The one page of Letting Go a web page's navigation may reach, and only at an address that
// changes with every browser session (web_accessible_resources, use_dynamic_url): a visit
// stopped by the request rules arrives here and moves on, in the same history entry, to the
// pause page, which no web page can load or probe at a fixed address. (The move is the
// extension's own, so a reload or Back later reaches the pause page too.) See wxt.config.ts.
//
// A stopped search arrives with its address after "&url=", and that address holds the search's
// words: they must never show in the pause page's address. They are kept in the browser's memory
// (storage.session: never written to disk) under a random id, which is all the pause page's
// address carries (lib/search-pause.ts).
const marker = location.href.indexOf('&url=');
if (/[?&]via=search(?:&|$)/.test(location.search) && marker !== -1) {
  const id = crypto.randomUUID();
  const head = location.href.slice(location.href.indexOf('?'), marker);
  const pause = () => location.replace(`/pause.html${head}&id=${id}`);
  (globalThis.browser ?? globalThis.chrome).storage.session.set({ [`searchStop:${id}`]: { url: location.href.slice(marker + 5), at: Date.now() } }).then(pause, pause);
} else {
  location.replace('/pause.html' + location.search + location.hash);
}
