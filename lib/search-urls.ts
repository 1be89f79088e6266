/*
 * Where a search's words travel in an address: the web search engines and the twelve networks'
 * own searches, both the results page a search box loads and the requests a page sends while
 * the user types (suggestions, in-app results). Data first, one row per site; a site that
 * changes its addresses changes one row here.
 *
 * Sources: research for issue 14 (/tmp/research-14/REPORT.md: SearXNG's engines, public
 * clients); private endpoints change often, so every row is checked by a table test and the
 * stand-in sites of the browser tests, never against the real sites.
 */

/** One way a site carries a search: a path, and the query parameters that hold the words. */
type Form = readonly [path: RegExp, params: readonly string[]];

export interface SearchSite {
  readonly id: string;
  /** The host, lower case, without a trailing dot. */
  readonly host: RegExp;
  /** With no parameters, the path's first group holds the words (Tumblr's /search/<words>). */
  readonly forms: readonly Form[];
  /** Where the results for some words are (path and parameter on the same host), for "Continue". */
  readonly results?: string;
}

const sub = (domain: string): RegExp => new RegExp(`(?:^|\\.)${domain}$`);

/** The web search engines (their hosts need the optional permission: lib/search-engines.ts). */
export const ENGINE_SITES: readonly SearchSite[] = [
  // Never /url?q=, Google's redirector, where q is an address.
  { id: 'google', host: sub('google\\.(?:com?\\.)?[a-z]{2,3}'), forms: [[/^\/(?:search|webhp|complete\/search)$/, ['q']]], results: '/search?q=' },
  {
    id: 'bing',
    host: sub('bing\\.com'),
    forms: [
      [/^\/(?:(?:images|videos|news)\/)?search$|^\/(?:images\/async|videos\/asyncv2|news\/infinitescrollajax)$/i, ['q']],
      [/^\/as\/suggestions$/i, ['qry']],
    ],
    results: '/search?q=',
  },
  { id: 'duckduckgo', host: sub('duckduckgo\\.com'), forms: [[/^\/(?:|html\/?|lite\/?|[div]\.js|news\.js|ac\/?)$/, ['q']]], results: '/?q=' },
  { id: 'yahoo', host: sub('search\\.yahoo\\.com'), forms: [[/^\/search(?:[;/]|$)/, ['p']], [/^\/sugg\//, ['command']]], results: '/search?p=' },
  { id: 'ecosia', host: sub('ecosia\\.org'), forms: [[/^\/(?:search|images|news|videos|autocomplete)?\/?$/, ['q']]], results: '/search?q=' },
  { id: 'brave', host: sub('search\\.brave\\.com'), forms: [[/^\/(?:search|images|news|videos|goggles|api\/suggest)$/, ['q']]], results: '/search?q=' },
  { id: 'startpage', host: sub('startpage\\.com'), forms: [[/^\/(?:sp\/search|do\/d?search|(?:sp\/)?suggestions)$/, ['query', 'q']]], results: '/sp/search?query=' },
  {
    id: 'yandex',
    host: sub('(?:yandex\\.(?:ru|com|com\\.tr|kz|by|uz)|ya\\.ru)'),
    forms: [
      [/^\/(?:search(?:\/touch|\/pad)?\/?|yandsearch|images(?:\/touch)?\/search|video\/search)$/, ['text']],
      [/\/suggest/, ['part']],
    ],
    results: '/search/?text=',
  },
];

/** The twelve networks' searches (their hosts are the extension's own: no extra permission). */
export const NETWORK_SITES: readonly SearchSite[] = [
  {
    id: 'instagram',
    host: sub('instagram\\.com'),
    forms: [[/^\/explore\/search\/keyword\/?$/, ['q']], [/^\/explore\/tags\/([^/]+)/, []], [/^\/api\/v1\/fbsearch\/|^\/web\/search\//, ['query']]],
    results: '/explore/search/keyword/?q=',
  },
  { id: 'facebook', host: sub('(?:facebook|fb)\\.com'), forms: [[/^\/search\//, ['q']], [/^\/hashtag\/([^/]+)/, []]], results: '/search/top/?q=' },
  {
    id: 'x',
    host: sub('(?:x|twitter)\\.com'),
    // The in-app search: typeahead.json?q=, and SearchTimeline?variables={"rawQuery":…}.
    forms: [[/^\/search\/?$/, ['q']], [/^\/hashtag\/([^/]+)/, []], [/^\/i\/api\/.*search/i, ['q', 'variables']]],
    results: '/search?q=',
  },
  {
    id: 'tiktok',
    host: sub('tiktok\\.com'),
    forms: [[/^\/search(?:\/[a-z]+)?\/?$/, ['q']], [/^\/(?:tag|discover)\/([^/]+)/, []], [/^\/api\/search\//, ['keyword']]],
    results: '/search?q=',
  },
  { id: 'threads', host: sub('threads\\.(?:net|com)'), forms: [[/^\/search\/?$/, ['q']]], results: '/search?q=' },
  // Snapchat has no search address of its own that is known: its search box is watched in the page.
  { id: 'snapchat', host: sub('snapchat\\.com'), forms: [] },
  {
    id: 'linkedin',
    host: sub('linkedin\\.com'),
    // Rest.li in the address: variables=(keywords:sam%20smith,…), typeahead ?query=.
    forms: [[/^\/search\/results\//, ['keywords']], [/^\/voyager\/api\/(?:graphql|.*typeahead)/i, ['variables', 'query', 'keywords']]],
    results: '/search/results/all/?keywords=',
  },
  {
    id: 'youtube',
    host: sub('youtube\\.com'),
    forms: [[/^\/results\/?$/, ['search_query']], [/^\/hashtag\/([^/]+)/, []], [/^\/complete\/search$/, ['q']]],
    results: '/results?search_query=',
  },
  { id: 'reddit', host: sub('reddit\\.com'), forms: [[/^\/(?:r\/[^/]+\/)?search\/?$/, ['q']], [/^\/svc\/shreddit\/.*search/, ['query', 'q']]], results: '/search/?q=' },
  // Logged in, Bluesky's app asks the user's own server (often *.host.bsky.network), out of reach.
  { id: 'bluesky', host: sub('bsky\\.app'), forms: [[/^\/search\/?$/, ['q']], [/^\/xrpc\/app\.bsky\.(?:actor|feed)\.search/, ['q']]], results: '/search?q=' },
  {
    id: 'pinterest',
    host: sub('pinterest\\.(?:com?\\.)?[a-z]{2,3}'),
    // The in-app search: /resource/BaseSearchResource/get/?data={"options":{"query":…}}.
    forms: [[/^\/search\/[a-z]+\/?$/, ['q']], [/^\/resource\/[a-z]*(?:search|typeahead)[a-z]*\/get\/?$/i, ['data', 'source_url']]],
    results: '/search/pins/?q=',
  },
  { id: 'tumblr', host: sub('tumblr\\.com'), forms: [[/^\/(?:search|tagged)\/([^/]+)/, []], [/^\/api\/v2\/.*search/, ['query', 'q']]], results: '/search/' },
];

const SITES = [...ENGINE_SITES, ...NETWORK_SITES];

const hostOf = (url: URL): string => url.hostname.toLowerCase().replace(/\.$/, '');

/** The search site an address belongs to, or undefined. */
export function searchSiteOf(url: URL): SearchSite | undefined {
  const host = hostOf(url);
  return SITES.find((site) => site.host.test(host));
}

/** Decoded once by the address parser; decoded again where a value carries an encoded address (Pinterest's source_url). */
function decoded(value: string): string {
  if (!/%[0-9a-f]{2}/i.test(value)) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

const parse = (href: string): URL | null => (URL.canParse(href) ? new URL(href) : null);

/**
 * The words a search address carries, or null when the address is not a search (a profile,
 * a feed, Google's /url?q= redirector): `https://www.google.de/search?q=Sam+Smith&udm=2` →
 * "Sam Smith"; `https://x.com/i/api/graphql/…/SearchTimeline?variables={"rawQuery":"sam smith",…}`
 * → its variables.
 */
export function searchTextOf(href: string): string | null {
  const url = parse(href);
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  const site = searchSiteOf(url);
  if (site === undefined) return null;
  return textOf(site, url.pathname, (name) => url.searchParams.getAll(name));
}

function textOf(site: SearchSite, path: string, values: (name: string) => readonly string[]): string | null {
  for (const [pattern, params] of site.forms) {
    const found = pattern.exec(path);
    if (found === null) continue;
    const parts = params.length === 0 ? [found[1] ?? ''] : params.flatMap(values);
    const text = parts.map(decoded).join(' ').trim();
    if (text !== '') return text;
  }
  return null;
}

/** What Firefox shows of a request's body (webRequest `requestBody`), as far as searches need it. */
export interface RequestBody {
  /** A form's fields (`formData`). */
  readonly formData?: Readonly<Record<string, readonly string[]>>;
  /** A JSON body, parsed (YouTube's in-app search). */
  readonly json?: unknown;
}

/**
 * The words a search sends in its body rather than its address: a search form posted to the
 * engine (Startpage, DuckDuckGo's HTML version), the networks' GraphQL searches (Instagram,
 * Facebook and Threads name theirs in `fb_api_req_friendly_name`), YouTube's results. Null when
 * the body is not a search.
 */
export function searchTextOfBody(href: string, body: RequestBody): string | null {
  const url = parse(href);
  if (url === null) return null;
  const site = searchSiteOf(url);
  if (site === undefined) return null;
  const { formData, json } = body;
  if (formData !== undefined) {
    const form = textOf(site, url.pathname, (name) => formData[name] ?? []);
    if (form !== null) return form;
    const name = formData.fb_api_req_friendly_name?.join(' ') ?? '';
    if (/graphql/.test(url.pathname) && /search|typeahead/i.test(name)) return formData.variables?.join(' ') || null;
  }
  if (json !== undefined && site.id === 'youtube' && /^\/youtubei\/v1\/search/.test(url.pathname)) {
    const query = (json as { query?: unknown } | null)?.query;
    return typeof query === 'string' && query !== '' ? query : null;
  }
  return null;
}

/**
 * The results page for these words on the site of `href` (for "Continue" after a search
 * stopped in the page), or null when the site has none: then the page itself is reopened.
 */
export function searchResultsUrl(href: string, text: string): string | null {
  const url = parse(href);
  const site = url === null ? undefined : searchSiteOf(url);
  if (url === null || site?.results === undefined) return null;
  return `${url.origin}${site.results}${encodeURIComponent(text)}`;
}
