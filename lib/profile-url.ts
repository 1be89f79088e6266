import { hostShims, networkShims, shimTarget, translatedTarget } from './link-shims';
import { archiveHosts, type MirrorSite, mirrorSites } from './mirror-sites';
import { type Network, networkById, networks } from './networks';

/**
 * What a URL is, as far as Letting Go is concerned. `profileKey` is the contract; `recogniseUrl`
 * keeps the reason a URL is not a profile so the add form can explain it kindly.
 */
export type Recognised =
  | { readonly kind: 'profile'; readonly key: string; readonly network: Network }
  | { readonly kind: 'network-page'; readonly network: Network; readonly firstSegment: string | undefined }
  | { readonly kind: 'other-site'; readonly host: string }
  | { readonly kind: 'not-a-web-address' };

// Longer inputs are not profile links; refusing them keeps the cost of a call bounded.
const MAX_URL_LENGTH = 4096;

// Built on first use rather than as the module loads: a bundle that imports this module without
// calling it (the feed script borrows the guard's recognition: platform/recognition.ts) leaves
// the whole of it out.
let lookups: { readonly networkByDomain: Map<string, Network>; readonly mirrorByHost: Map<string, MirrorSite>; readonly archives: Set<string> } | undefined;
const tables = () =>
  (lookups ??= {
    networkByDomain: new Map(networks.flatMap((network) => network.domains.map((domain) => [domain, network] as const))),
    mirrorByHost: new Map(mirrorSites.flatMap((site) => [[site.host, site], [`www.${site.host}`, site]] as const)),
    archives: new Set(archiveHosts),
  });

const NOT_A_WEB_ADDRESS: Recognised = { kind: 'not-a-web-address' };

/**
 * The stable key (`instagram:someex`) of the person's profile that `url` shows, or null when
 * `url` is not a person's profile on a supported network. Never throws.
 */
export function profileKey(url: string): string | null {
  const recognised = recogniseUrl(url);
  return recognised.kind === 'profile' ? recognised.key : null;
}

export function recogniseUrl(url: string, depth = 0): Recognised {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return NOT_A_WEB_ADDRESS;
  let parsed: URL;
  try {
    // The URL parser itself ignores surrounding spaces and lowercases the host.
    parsed = new URL(url);
  } catch {
    return NOT_A_WEB_ADDRESS;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return NOT_A_WEB_ADDRESS;

  // A trailing dot names the same host ("instagram.com." is instagram.com).
  let host = parsed.hostname;
  while (host.endsWith('.')) host = host.slice(0, -1);
  if (host === '') return NOT_A_WEB_ADDRESS;

  const { networkByDomain, mirrorByHost, archives } = tables();
  if (archives.has(host)) return depth === 0 ? fromArchive(parsed, host) : { kind: 'other-site', host };
  const mirror = mirrorByHost.get(host);
  if (mirror !== undefined) return fromMirror(mirror, parsed);
  // A link that carries another (a network's redirector, a translation proxy) is read once.
  if (depth === 0) {
    const hostShim = hostShims.get(host);
    const inner = hostShim === undefined ? translatedTarget(parsed, host) : shimTarget(hostShim, '', parsed);
    const found = inner === null ? null : carried(inner);
    if (found !== null) return found;
  }

  // Walk from the full host towards its parent domains: m.facebook.com → facebook.com.
  for (let dot = -1; ; ) {
    const domain = dot === -1 ? host : host.slice(dot + 1);
    const network = networkByDomain.get(domain);
    if (network !== undefined) {
      const subdomain = dot === -1 ? '' : host.slice(0, dot);
      for (const shim of depth === 0 ? (networkShims[network.id] ?? []) : []) {
        const inner = shimTarget(shim, subdomain, parsed);
        const found = inner === null ? null : carried(inner);
        if (found !== null) return found;
      }
      if (!network.subdomains(subdomain)) return { kind: 'other-site', host };
      const segments = pathSegments(parsed.pathname);
      const id = network.identify({ subdomain, domain, segments, query: queryOf(parsed) });
      return id === null
        ? { kind: 'network-page', network, firstSegment: segments[0]?.toLowerCase() }
        : { kind: 'profile', key: `${network.id}:${id}`, network };
    }
    dot = host.indexOf('.', dot + 1);
    if (dot === -1) return { kind: 'other-site', host };
  }
}

/** The profile a shim's link names, if any; otherwise the shim is read as the page it is. */
function carried(inner: string): Recognised | null {
  const recognised = recogniseUrl(inner, 1);
  return recognised.kind === 'profile' ? recognised : null;
}

// `URL.searchParams` is costly to create and most URLs never need it.
function queryOf(parsed: URL): (name: string) => string | null {
  let params: URLSearchParams | undefined;
  return (name) => (params ??= new URLSearchParams(parsed.search)).get(name);
}

// No network needs more than the first few path segments to know whose profile it is; reading
// only those keeps the cost of a call flat however long the path.
const SEGMENTS_READ = 8;

function pathSegments(pathname: string): string[] {
  const segments: string[] = [];
  let start = 0;
  while (start < pathname.length && segments.length < SEGMENTS_READ) {
    let end = pathname.indexOf('/', start);
    if (end === -1) end = pathname.length;
    if (end > start) segments.push(decodeSegment(pathname.slice(start, end)));
    start = end + 1;
  }
  return segments;
}

function decodeSegment(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    // Percent-encoding changes nothing for the site: /%73omeex/ is /someex/.
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function fromMirror(site: MirrorSite, parsed: URL): Recognised {
  const network = networkById(site.network);
  if (network === undefined) return { kind: 'other-site', host: site.host };
  const segments = pathSegments(parsed.pathname);
  let id: string | null;
  if (site.handleAt === 'same') {
    id = network.identify({ subdomain: '', domain: network.domains[0] ?? '', segments, query: queryOf(parsed) });
  } else {
    const { index, prefix = [] } = site.handleAt;
    const prefixMatches = prefix.every((part, i) => segments[i]?.toLowerCase() === part);
    id = prefixMatches ? network.fromHandle(segments[index] ?? '') : null;
  }
  return id === null ? { kind: 'other-site', host: site.host } : { kind: 'profile', key: `${network.id}:${id}`, network };
}

// web.archive.org/web/<timestamp><flags>/<url>; archive.today (and its many domains)
// /newest/<url>, /oldest/<url>, /<timestamp>/<url> or /<url>.
const WAYBACK_PATH = /^\/web\/[^/]+\/(.+)$/;
const ARCHIVE_TODAY_PATH = /^\/(?:(?:newest|oldest|[0-9][0-9.-]*)\/)?(.+)$/;

function fromArchive(parsed: URL, host: string): Recognised {
  const pathAndQuery = parsed.pathname + parsed.search;
  const match = (host === 'web.archive.org' ? WAYBACK_PATH : ARCHIVE_TODAY_PATH).exec(pathAndQuery);
  let inner = match?.[1];
  if (inner === undefined) return { kind: 'other-site', host };
  // Wayback search URLs end in "*"; the browser may also have folded "https://" to "https:/".
  inner = inner.replace(/\*+$/, '');
  inner = /^https?:/i.test(inner) ? inner.replace(/^(https?:)\/*/i, '$1//') : `https://${inner}`;
  const recognised = recogniseUrl(inner, 1);
  return recognised.kind === 'profile' ? recognised : { kind: 'other-site', host };
}
