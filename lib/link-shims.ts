/**
 * Links that carry another link: the networks' own "you are leaving" redirectors (a link in a
 * feed to someone's profile on another network goes through them) and Google Translate's proxy,
 * which rewrites every link of a translated page to its own host. `profileKey` reads the link
 * inside, once (a shim inside a shim names nobody).
 *
 * A fixed list of network-owned shims, never "any ?url=": a general redirector (google.com/url)
 * is not a link to a profile. Where a row was not confirmed against a live page it says so
 * (/tmp/research-13/REPORT.md §1.1); an unconfirmed row costs nothing when the form is unused.
 */
export interface LinkShim {
  /** The host's labels in front of the network's domain ('' for the bare domain). */
  readonly subdomains: readonly string[];
  /** The path, or a prefix of it when it ends in '/'. */
  readonly path: string;
  /** The query parameter holding the link; null when the whole query is the link (href.li). */
  readonly param: string | null;
}

const shim = /* @__NO_SIDE_EFFECTS__ */ (subdomains: readonly string[], path: string, param: string | null): LinkShim => ({ subdomains, path, param });
const FACEBOOK_HOSTS = ['', 'www', 'm', 'mobile', 'mbasic', 'web', 'touch', 'l', 'lm'];

/** Shims on a network's own domains, by network id. */
export const networkShims: Readonly<Record<string, readonly LinkShim[]>> = {
  // l.facebook.com/l.php?u=… (lm. on mobile): every outbound link in a post or comment.
  facebook: [shim(FACEBOOK_HOSTS, '/l.php', 'u')],
  instagram: [shim(['l'], '/', 'u')],
  threads: [shim(['l'], '/', 'u')],
  // Links in descriptions and comments: /redirect?event=…&q=<link>&redir_token=…
  youtube: [shim(['', 'www', 'm'], '/redirect', 'q')],
  // Unconfirmed: /redir/redirect?url= (posts) and /safety/go?url= (messages, comments).
  linkedin: [shim(['', 'www'], '/redir/redirect', 'url'), shim(['', 'www'], '/safety/go', 'url')],
  // Unconfirmed: old Reddit's outbound tracking, out.reddit.com/t3_<post>?url=…
  reddit: [shim(['out'], '/', 'url')],
  // Unconfirmed parameter: pinterest.*/offsite/?token=…&url=…
  pinterest: [shim(['', 'www'], '/offsite/', 'url')],
};

/** Shims on hosts of their own: Tumblr's outbound links. */
export const hostShims: ReadonlyMap<string, LinkShim> = new Map([
  // href.li/?https://… : the whole query is the link.
  ['href.li', shim([''], '/', null)],
  // Unconfirmed: legacy Tumblr, t.umblr.com/redirect?z=…
  ['t.umblr.com', shim([''], '/redirect', 'z')],
]);

/** The link a shim carries, or null when `parsed` is not that shim's form. */
export function shimTarget(link: LinkShim, subdomain: string, parsed: URL): string | null {
  if (!link.subdomains.includes(subdomain)) return null;
  const { pathname, search } = parsed;
  if (link.path.endsWith('/') ? !pathname.startsWith(link.path) : pathname !== link.path) return null;
  const target = link.param === null ? decodeQuery(search.slice(1)) : new URLSearchParams(search).get(link.param);
  return target !== null && /^https?:\/\//i.test(target) ? target : null;
}

function decodeQuery(raw: string): string {
  try {
    return /^https?%3A/i.test(raw) ? decodeURIComponent(raw) : raw;
  } catch {
    return raw;
  }
}

const TRANSLATE_PROXY = '.translate.goog';

/**
 * The page a Google Translate proxy address shows: www-instagram-com.translate.goog/someex/ is
 * www.instagram.com/someex/. In the host, "-" stands for "." and "--" for "-" (Google Search
 * Central, "Convert the Google Translate URL to the original URL"); its own _x_tr_* parameters
 * are dropped. Null for any other host.
 */
export function translatedTarget(parsed: URL, host: string): string | null {
  if (!host.endsWith(TRANSLATE_PROXY)) return null;
  const label = host.slice(0, -TRANSLATE_PROXY.length);
  if (label === '' || label.includes('.')) return null;
  const original = label
    .split('--')
    .map((part) => part.replaceAll('-', '.'))
    .join('-');
  // Split by hand: iterating a URLSearchParams fails in Firefox's content-script sandbox.
  const rest = parsed.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('_x_tr_'))
    .join('&');
  return `https://${original}${parsed.pathname}${rest === '' ? '' : `?${rest}`}`;
}
