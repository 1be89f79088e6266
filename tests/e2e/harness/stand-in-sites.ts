/**
 * Local stand-ins for the social sites, on one port of 127.0.0.1, speaking both HTTPS and plain
 * HTTP (the first byte of a connection tells which). Browsers reach it under the real host names
 * (Chromium: --host-resolver-rules; Firefox: the CONNECT proxy), so the extension sees exactly
 * the URLs it sees in real life.
 *
 * Every request is logged, so a test can prove the strongest claim: "the site received no
 * request for /someex/". Pages report, with navigator.sendBeacon to /__report, whether each
 * profile they rendered was painted (see pages/social-app.js).
 */
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { getCerts } from './certs';
import { NEUTRAL_HOST, domainOf } from './hosts';

export interface LoggedRequest {
  seq: number;
  time: number;
  method: string;
  scheme: 'https' | 'http';
  /** Lowercased, without port, as the browser sent it ('www.instagram.com', or 'www.instagram.com.'). */
  host: string;
  /** As received, not decoded: Chrome sends `/%73omeex/` as such. */
  path: string;
  /** The query string including '?', or ''. */
  search: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface RequestFilterObject {
  /** Exact host (case-insensitive, trailing dot ignored); a RegExp sees the host as received. */
  host?: string | RegExp;
  /** A stand-in domain: matches it and every subdomain ('instagram.com' matches m.instagram.com). */
  site?: string;
  /** Exact path (string) or pattern (RegExp) on the raw path. */
  path?: string | RegExp;
  /** Path starts with this, ignoring case (most networks ignore a handle's case). */
  pathPrefix?: string;
  method?: string;
}
export type RequestFilter = RequestFilterObject | ((r: LoggedRequest) => boolean);

export interface FrameCheck {
  connected: boolean;
  /** Not hidden by html/body display/visibility/opacity nor by its own ancestors. */
  visible: boolean;
  /** elementsFromPoint at the viewport centre hit the profile (not an overlay). */
  atCenter: boolean;
  top: string | null;
  hiddenBy: string[];
  at: number;
}

/** One beacon from a stand-in page about one rendered profile view. */
export interface PaintReport {
  reason: 'inserted' | 'element' | 'frame' | 'media' | 'pagehide' | 'hidden';
  pageId: string;
  /** `${pageId}:${n}`: one per time the page rendered a profile. */
  viewId: string;
  handle: string;
  mode: 'load' | 'render-first' | 'push-first' | 'replace' | 'push-then-later' | 'popstate';
  viewPath: string;
  href: string;
  path: string;
  insertedAt: number;
  sentAt: number;
  visibilityState: string;
  swControlled: boolean;
  elementTimingSupported: boolean;
  elementTiming: { renderTime: number; at: number } | null;
  frameCheck: FrameCheck | null;
  mediaPlaying: boolean;
  mediaTime: number;
  /** Added by the server. */
  host: string;
  receivedAt: number;
}

export interface ReportFilterObject {
  /** Case-insensitive. */
  handle?: string;
  host?: string | RegExp;
  site?: string;
  mode?: PaintReport['mode'];
  viewId?: string;
  reason?: PaintReport['reason'];
}
export type ReportFilter = ReportFilterObject | ((r: PaintReport) => boolean);

export interface PaintSummary {
  /** Distinct profile views the pages rendered. */
  views: number;
  /** Element Timing saw the profile's text painted (in at least one view). */
  elementTiming: boolean;
  /** The first frame after insertion showed it, unhidden and on top at the viewport centre. */
  frameVisible: boolean;
  mediaPlayed: boolean;
  /** elementTiming || frameVisible: any evidence that a frame of the profile reached the screen. */
  painted: boolean;
  reports: PaintReport[];
}

/** One marked thing on a stand-in feed page (pages/feed-app.js), as last reported. */
export interface FeedItemReport {
  /** elementtiming: 'theirs:<what>', 'others:<what>' or 'unrecognised:<what>'. */
  id: string;
  /** In the first HTML, or inserted later. */
  inserted: 'html' | 'later';
  elementTiming: boolean;
  /** Animation frames checked since it was inserted, and in how many it was visible. */
  frames: number;
  visibleFrames: number;
  mediaPlayed: boolean;
  mediaPlaying: boolean;
  mediaTime: number;
}

/** A stand-in feed page's report (pages/feed-app.js). */
export interface FeedReport {
  network: string;
  pageId: string;
  reason: 'progress' | 'done' | 'pagehide';
  done: boolean;
  href: string;
  elementTimingSupported: boolean;
  items: FeedItemReport[];
}

export interface StandInSites {
  port: number;
  /** What the stand-in feed pages reported, oldest first. */
  feedReports(): FeedReport[];
  /** Resolves with the first report of a feed page that has finished, for this network. */
  waitForFeedDone(network: string, timeoutMs?: number): Promise<FeedReport>;
  /** What hostile pages' probes reported (pages/probe.js). */
  probes(): ProbeReport[];
  waitForProbe(filter: (p: ProbeReport) => boolean, timeoutMs?: number): Promise<ProbeReport>;
  requests(filter?: RequestFilter): LoggedRequest[];
  reports(filter?: ReportFilter): PaintReport[];
  paintSummary(filter?: ReportFilter): PaintSummary;
  /** Resolves with the first matching request (already logged or arriving later). */
  waitForRequest(filter: RequestFilter, timeoutMs?: number): Promise<LoggedRequest>;
  /** Resolves with the first matching report (already received or arriving later). */
  waitForReport(filter: ReportFilter, timeoutMs?: number): Promise<PaintReport>;
  /**
   * Forgets all requests and reports (call between tests), and ignores later beacons about views
   * rendered before it (a closing page reports once more on pagehide).
   */
  reset(): void;
  close(): Promise<void>;
}

/** The stand-in social app's link text for a path and routing mode, for getByRole('link'). */
export const linkName = (path: string, mode: LinkMode = 'push-first'): string => `${path} (${mode})`;
export type LinkMode = 'render-first' | 'push-first' | 'replace' | 'push-then-later' | 'full';

const here = new URL('./pages/', import.meta.url);
const APP_JS = readFileSync(new URL('social-app.js', here), 'utf8');
const SW_JS = readFileSync(new URL('sw.js', here), 'utf8');
const PROBE_JS = readFileSync(new URL('probe.js', here), 'utf8');
const FEED_JS = readFileSync(new URL('feed-app.js', here), 'utf8');
/** pages/feeds/<network>.html: each network's stand-in feed (what it was modelled on is in each). */
export const FEED_PAGES: Readonly<Record<string, string>> = Object.fromEntries(
  readdirSync(new URL('feeds/', here))
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.slice(0, -5), readFileSync(new URL(`feeds/${name}`, here), 'utf8')]),
);
/** The stand-in feed for each domain: `https://<host>/?standin=feed`. */
const FEED_OF_DOMAIN: Readonly<Record<string, string>> = {
  'instagram.com': 'instagram', 'facebook.com': 'facebook', 'fb.com': 'facebook', 'x.com': 'x', 'twitter.com': 'x',
  'tiktok.com': 'tiktok', 'threads.net': 'threads', 'threads.com': 'threads', 'snapchat.com': 'snapchat',
  'linkedin.com': 'linkedin', 'youtube.com': 'youtube', 'reddit.com': 'reddit', 'bsky.app': 'bluesky',
  'pinterest.com': 'pinterest', 'tumblr.com': 'tumblr',
};
/** A feed page's address on the stand-in sites. */
export const feedPageUrl = (host: string): string => `https://${host}/?standin=feed`;

/** What a hostile page's probe saw (pages/probe.js). */
export interface ProbeReport {
  probe: 'frames' | 'resources' | 'spy';
  page: string;
  [detail: string]: unknown;
}

interface SiteInfo {
  name: string;
  profilePath: (handle: string) => string;
}

const SITES: Record<string, SiteInfo> = {
  'instagram.com': { name: 'Instagram', profilePath: (h) => `/${h}/` },
  'x.com': { name: 'X', profilePath: (h) => `/${h}` },
  'twitter.com': { name: 'X', profilePath: (h) => `/${h}` },
  'tiktok.com': { name: 'TikTok', profilePath: (h) => `/@${h}` },
  'facebook.com': { name: 'Facebook', profilePath: (h) => `/${h}` },
  'fb.com': { name: 'Facebook', profilePath: (h) => `/${h}` },
  'threads.net': { name: 'Threads', profilePath: (h) => `/@${h}` },
  'threads.com': { name: 'Threads', profilePath: (h) => `/@${h}` },
  'youtube.com': { name: 'YouTube', profilePath: (h) => `/@${h}` },
  'reddit.com': { name: 'Reddit', profilePath: (h) => `/user/${h}/` },
  'linkedin.com': { name: 'LinkedIn', profilePath: (h) => `/in/${h}/` },
  'bsky.app': { name: 'Bluesky', profilePath: (h) => `/profile/${h}` },
};
const siteInfo = (domain: string): SiteInfo => SITES[domain] ?? { name: domain, profilePath: (h) => `/${h}` };

/** The handles the default pages link to. */
export const DEFAULT_HANDLES = ['someex', 'someone_else'] as const;

// Links are coloured explicitly in every state: a pressed link turning red would look like
// profile content to a screenshot check (E2E.md). The profile is a big magenta block that fills
// the viewport centre, so elementsFromPoint there finds it unless something covers it.
const CSS = `
html { background: #fff; color: #111; }
body { margin: 0; font: 16px/1.4 sans-serif; }
header { height: 40px; box-sizing: border-box; padding: 8px 16px; background: #eee; }
main { padding: 0; }
a, a:link, a:visited, a:hover, a:active, a:focus { color: #0645ad; outline: none; }
#links, #neutral { margin: 16px; }
#profile { min-height: calc(100vh - 40px); box-sizing: border-box; padding: 16px;
  font: bold 32px sans-serif; color: #fff; background: #c2185b; }
.block { height: 60vh; margin-top: 16px; background: #880e4f; }
.media { width: 320px; height: 180px; background: #4a0072; }
`;

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `spy`: the site's own scripts listen for everything a stopped visit could tell them (probe.js). */
function socialPage(host: string, domain: string, spy = false): string {
  const site = siteInfo(domain);
  const config = { site: site.name, links: DEFAULT_HANDLES.map(site.profilePath) };
  // JSON in a <script>: escape '<' so no handle can close the tag.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(site.name)} (stand-in)</title><style>${CSS}</style></head>
<body><header>${escapeHtml(site.name)} stand-in · ${escapeHtml(host)}</header><main id="view"></main>
${spy ? `<script>${PROBE_JS}</script>` : ''}
<script>window.__STAND_IN_CONFIG__ = ${json};</script>
<script>${APP_JS}</script>
</body></html>`;
}

// Compact, so that every marked thing is in the viewport (Element Timing reports only what is
// painted there); links coloured in every state, as above.
const FEED_CSS = `
html { background: #fff; color: #111; }
body { margin: 0; font: 10px/1.2 sans-serif; }
a, a:link, a:visited, a:hover, a:active, a:focus { color: #0645ad; outline: none; }
ul, ol { margin: 0; padding-left: 10px; } p, h1, h2, h3, h4, hr { margin: 0; }
article, aside, main, section, div, li, [elementtiming] { margin: 0; }
video, audio { display: inline-block; width: 24px; height: 8px; }
canvas { width: 8px; height: 8px; }
ytd-app, ytd-rich-grid-renderer, ytd-rich-item-renderer, ytd-channel-renderer, ytd-guide-entry-renderer,
ytd-comment-thread-renderer, ytd-comment-view-model, ytd-reel-shelf-renderer, ytm-shorts-lockup-view-model,
shreddit-post, shreddit-comment, shreddit-feed, reddit-search-large { display: block; }
`;

/** A network's stand-in feed (pages/feeds/<network>.html) with its client (pages/feed-app.js). */
function feedPage(network: string, content: string): string {
  return `<!doctype html>
<html lang="en" data-network="${escapeHtml(network)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(network)} feed (stand-in)</title><style>${FEED_CSS}</style></head>
<body>${content}
<script>${FEED_JS}</script>
</body></html>`;
}

/** A page on a neutral site that probes for the extension (pages/probe.js reads its query). */
function hostilePage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Quiz (stand-in)</title><style>${CSS}</style></head>
<body><header>A page that wants to know</header><main id="view"><h1>Nothing to see</h1>
<button id="open" type="button">Open a window</button></main>
<script>${PROBE_JS}</script></body></html>`;
}

/** The default links on the neutral page: profiles on several networks and hosts. */
export const NEUTRAL_LINKS: readonly string[] = [
  'https://www.instagram.com/someex/',
  'https://instagram.com/someex/',
  'https://m.instagram.com/someex/',
  'https://x.com/someex',
  'https://twitter.com/someex',
  'https://mobile.twitter.com/someex',
  'https://www.tiktok.com/@someex',
  'https://www.facebook.com/someex',
  'https://m.facebook.com/someex',
  'https://www.threads.net/@someex',
  'https://www.instagram.com/',
];

/** The neutral page's link text; `newTab` links have target=_blank. */
export const neutralLinkName = (url: string, newTab = false): string => (newTab ? `${url} (new tab)` : url);

function neutralPage(host: string, search: string): string {
  const given = new URLSearchParams(search).get('links');
  const links = given ? given.split(',').filter(Boolean) : NEUTRAL_LINKS;
  const items = links
    .flatMap((url) => [
      `<li><a href="${escapeHtml(url)}" data-url="${escapeHtml(url)}">${escapeHtml(neutralLinkName(url))}</a></li>`,
      `<li><a href="${escapeHtml(url)}" data-url="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(neutralLinkName(url, true))}</a></li>`,
    ])
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>News (stand-in)</title><style>${CSS}</style></head>
<body><header>News stand-in · ${escapeHtml(host)}</header>
<main id="view"><h1>Today's links</h1><ul id="links">
${items}
</ul></main></body></html>`;
}

/**
 * Stand-in search engines: each engine's search form as the real one sends it (its path and the
 * parameter that carries the words), answering any search with a results page. A search that is
 * typed asks for suggestions as the real ones do (`suggest`), so a test can see that none
 * carrying the watched words was sent either.
 */
export const STAND_IN_ENGINES: readonly { host: RegExp; path: string; param: string; suggest: string }[] = [
  { host: /(?:^|\.)google\.(?:com?\.)?[a-z]{2,3}$/, path: '/search', param: 'q', suggest: '/complete/search?client=gws-wiz&q=' },
  { host: /(?:^|\.)bing\.com$/, path: '/search', param: 'q', suggest: '/AS/Suggestions?qry=' },
  { host: /(?:^|\.)duckduckgo\.com$/, path: '/', param: 'q', suggest: '/ac/?q=' },
  { host: /(?:^|\.)search\.yahoo\.com$/, path: '/search', param: 'p', suggest: '/sugg/gossip/gossip-us-ura/?command=' },
  { host: /(?:^|\.)ecosia\.org$/, path: '/search', param: 'q', suggest: '/autocomplete?q=' },
  { host: /(?:^|\.)search\.brave\.com$/, path: '/search', param: 'q', suggest: '/api/suggest?q=' },
  // Startpage's own form posts; its GET form (which Startpage also accepts) is what rules can see.
  { host: /(?:^|\.)startpage\.com$/, path: '/sp/search', param: 'query', suggest: '/suggestions?q=' },
  { host: /(?:^|\.)(?:yandex\.(?:ru|com|com\.tr|kz|by|uz)|ya\.ru)$/, path: '/search/', param: 'text', suggest: '/suggest/suggest-ya.cgi?part=' },
];

/** The engine a host belongs to, if any. */
const engineOf = (host: string) => STAND_IN_ENGINES.find((engine) => engine.host.test(bare(host)));

/**
 * A search page: the engine's form (labelled "Search"), and, when the address is a search,
 * a results heading ("Results"). Typing asks for suggestions; Enter submits the form.
 * `app`: a network's in-app search instead, which never loads a page: Enter makes the page
 * ask its API (`/api/search?q=`) and push `/search?q=` into the address, as X or Instagram do.
 * `post`: the form sends its words in the request's body, as Startpage's and DuckDuckGo's HTML
 * version do (the engine's `/__post` page).
 */
function searchPage(host: string, form: { path: string; param: string; suggest: string }, searched: boolean, app = false, method: 'get' | 'post' = 'get'): string {
  const script = `
const input = document.getElementById('box');
input.addEventListener('input', () => { void fetch(${JSON.stringify(form.suggest)} + encodeURIComponent(input.value)).catch(() => {}); });
${
  app
    ? `input.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  const words = input.value;
  void fetch('/api/search?q=' + encodeURIComponent(words)).then(() => {
    history.pushState(null, '', '/search?q=' + encodeURIComponent(words));
    const h = document.createElement('h2'); h.textContent = 'Results'; document.getElementById('view').append(h);
  });
});`
    : ''
}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Search (stand-in)</title><style>${CSS}</style></head>
<body><header>Search stand-in · ${escapeHtml(host)}</header>
<main id="view"><form role="search" action="${escapeHtml(form.path)}" method="${method}"><input id="box" name="${escapeHtml(form.param)}" aria-label="Search" autocomplete="off"><button>Search</button></form>
${searched ? '<h2>Results</h2>' : ''}</main>
<script>${script}</script></body></html>`;
}

/** One second of near-silent 8 kHz 8-bit mono PCM, played muted and looped as the profile's media. */
function makeWav(): Buffer {
  const rate = 8000;
  const samples = Buffer.alloc(rate);
  for (let i = 0; i < rate; i++) samples[i] = 128 + Math.round(4 * Math.sin((2 * Math.PI * 440 * i) / rate));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28); // byte rate
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}
const WAV = makeWav();

const lower = (s: string): string => s.toLowerCase();
/** 'www.instagram.com.' (trailing dot: a URL form the content script must catch) counts as the site. */
const bare = (host: string): string => lower(host).replace(/\.$/, '');
const inSite = (host: string, site: string): boolean => bare(host) === bare(site) || bare(host).endsWith(`.${bare(site)}`);
const hostIs = (host: string, want: string | RegExp): boolean =>
  typeof want === 'string' ? bare(host) === bare(want) : want.test(host);

function matchRequest(r: LoggedRequest, f: RequestFilter | undefined): boolean {
  if (!f) return true;
  if (typeof f === 'function') return f(r);
  if (f.host !== undefined && !hostIs(r.host, f.host)) return false;
  if (f.site !== undefined && !inSite(r.host, f.site)) return false;
  if (f.path !== undefined && !(typeof f.path === 'string' ? r.path === f.path : f.path.test(r.path))) return false;
  if (f.pathPrefix !== undefined && !lower(r.path).startsWith(lower(f.pathPrefix))) return false;
  if (f.method !== undefined && r.method !== f.method.toUpperCase()) return false;
  return true;
}

function matchReport(r: PaintReport, f: ReportFilter | undefined): boolean {
  if (!f) return true;
  if (typeof f === 'function') return f(r);
  if (f.handle !== undefined && lower(r.handle) !== lower(f.handle)) return false;
  if (f.host !== undefined && !hostIs(r.host, f.host)) return false;
  if (f.site !== undefined && !inSite(r.host, f.site)) return false;
  if (f.mode !== undefined && r.mode !== f.mode) return false;
  if (f.viewId !== undefined && r.viewId !== f.viewId) return false;
  if (f.reason !== undefined && r.reason !== f.reason) return false;
  return true;
}

/** Summarises reports: was any frame of the matching profile views painted? */
export function summarisePaints(reports: PaintReport[]): PaintSummary {
  const elementTiming = reports.some((r) => r.elementTiming !== null);
  const frameVisible = reports.some((r) => r.frameCheck !== null && r.frameCheck.visible && r.frameCheck.atCenter);
  return {
    views: new Set(reports.map((r) => r.viewId)).size,
    elementTiming,
    frameVisible,
    mediaPlayed: reports.some((r) => r.mediaPlaying || r.mediaTime > 0),
    painted: elementTiming || frameVisible,
    reports,
  };
}

export async function startStandInSites(options: { port?: number } = {}): Promise<StandInSites> {
  const { cert, key } = getCerts();
  const log: LoggedRequest[] = [];
  const reportLog: PaintReport[] = [];
  const probeLog: ProbeReport[] = [];
  const feedLog: FeedReport[] = [];
  const waiters = new Set<() => void>();
  // Views rendered before the last reset(): a page closed at the end of one test still sends its
  // pagehide beacons, which arrive after the next test's reset() and must not count there.
  const seenViews = new Set<string>();
  const staleViews = new Set<string>();
  const notify = (): void => waiters.forEach((w) => w());
  let seq = 0;

  const handler = (scheme: 'https' | 'http') => (req: http.IncomingMessage, res: http.ServerResponse) => {
    let target = req.url ?? '/';
    let host = lower(req.headers.host ?? '').replace(/:\d+$/, '');
    // Absolute-form (a plain-HTTP proxy request): take the host from it.
    const abs = /^[a-z]+:\/\/([^/?#]+)(.*)$/i.exec(target);
    if (abs) {
      host = lower(abs[1]!).replace(/:\d+$/, '');
      target = abs[2] || '/';
    }
    const q = target.indexOf('?');
    const path = q === -1 ? target : target.slice(0, q);
    const search = q === -1 ? '' : target.slice(q);
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void => {
      // no-store: every visit and reload must reach the server to be counted.
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
      res.end(body);
    };

    if (path === '/__probe') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          probeLog.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ProbeReport);
          notify();
        } catch {
          // A malformed probe report: the test waiting for it will say so.
        }
        send(204, 'text/plain', '');
      });
      return;
    }

    if (path === '/__feed-report') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          feedLog.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as FeedReport);
          notify();
        } catch {
          // A malformed report: the test waiting for it will say so.
        }
        send(204, 'text/plain', '');
      });
      return;
    }

    if (path === '/__report') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<PaintReport, 'host' | 'receivedAt'>;
          seenViews.add(body.viewId);
          if (!staleViews.has(body.viewId)) {
            reportLog.push({ ...body, host, receivedAt: Date.now() });
            notify();
          }
        } catch {
          // Ignore malformed beacons; the test will notice the missing report.
        }
        send(204, 'text/plain', '');
      });
      return;
    }

    log.push({ seq: ++seq, time: Date.now(), method: req.method ?? 'GET', scheme, host, path, search, headers: req.headers });
    notify();

    // Any host the browser was pointed here for gets a page: hosts from hosts.ts and those the
    // launchers took from the extension's manifest alike.
    const domain = domainOf(host) ?? bare(host).split('.').slice(-2).join('.');
    if (path === '/favicon.ico') return send(204, 'image/x-icon', '');
    if (path === '/__media/loop.wav') return send(200, 'audio/wav', WAV);
    if (path === '/__sw.js') return send(200, 'text/javascript', SW_JS);
    if ((bare(host) === NEUTRAL_HOST || domain === 'example.test') && path === '/__hostile') {
      return send(200, 'text/html; charset=utf-8', hostilePage());
    }
    if (bare(host) === NEUTRAL_HOST || domain === 'example.test') {
      return send(200, 'text/html; charset=utf-8', neutralPage(host, search));
    }
    const engine = engineOf(host);
    if (engine !== undefined && path === '/__post') return send(200, 'text/html; charset=utf-8', searchPage(host, engine, false, false, 'post'));
    if (engine !== undefined) return send(200, 'text/html; charset=utf-8', searchPage(host, engine, search !== '' || req.method === 'POST'));
    // A network's in-app search (tests/e2e/search.*.test.ts).
    if (path === '/__search-app') return send(200, 'text/html; charset=utf-8', searchPage(host, { path: '/search', param: 'q', suggest: '/api/typeahead?q=' }, false, true));
    if (path === '/api/search' || path === '/api/typeahead') return send(200, 'application/json', '{}');
    const feed = new URLSearchParams(search).get('standin') === 'feed' ? FEED_OF_DOMAIN[domain] : undefined;
    if (feed !== undefined && FEED_PAGES[feed] !== undefined) return send(200, 'text/html; charset=utf-8', feedPage(feed, FEED_PAGES[feed]));
    return send(200, 'text/html; charset=utf-8', socialPage(host, domain, new URLSearchParams(search).get('spy') === '1'));
  };

  const httpsServer = https.createServer({ cert, key }, handler('https'));
  const httpServer = http.createServer(handler('http'));
  const sockets = new Set<net.Socket>();
  // One port for both schemes: a TLS connection starts with a handshake record (0x16).
  const tcp = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise<void>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (tcp.address() as net.AddressInfo).port;

  const waitFor = <T>(find: () => T | undefined, what: string, timeoutMs: number): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`stand-in sites: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  return {
    port,
    probes: () => [...probeLog],
    feedReports: () => [...feedLog],
    waitForFeedDone: (network, timeoutMs = 15_000) => waitFor(() => feedLog.find((r) => r.network === network && r.done), `finished ${network} feed page`, timeoutMs),
    waitForProbe: (filter, timeoutMs = 10_000) => waitFor(() => probeLog.find(filter), 'matching probe report', timeoutMs),
    requests: (filter) => log.filter((r) => matchRequest(r, filter)),
    reports: (filter) => reportLog.filter((r) => matchReport(r, filter)),
    paintSummary: (filter) => summarisePaints(reportLog.filter((r) => matchReport(r, filter))),
    waitForRequest: (filter, timeoutMs = 10_000) =>
      waitFor(() => log.find((r) => matchRequest(r, filter)), 'matching request', timeoutMs),
    waitForReport: (filter, timeoutMs = 10_000) =>
      waitFor(() => reportLog.find((r) => matchReport(r, filter)), 'matching report', timeoutMs),
    reset: () => {
      for (const id of seenViews) staleViews.add(id);
      log.length = 0;
      reportLog.length = 0;
      probeLog.length = 0;
      feedLog.length = 0;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
    },
  };
}
