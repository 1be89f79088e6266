/*
 * The web search engines whose searches are paused, with the addresses the extension asks to
 * reach on them: an optional host permission, asked for only when the user turns on "Pause
 * searches for them" (never at install), and shown on the settings page as covered or not.
 * The addresses must be listed one by one: a permission cannot leave a country domain open.
 */

/**
 * Google's own search domains, one per country (google.com and the 185 of
 * https://www.google.com/supported_domains, as SearXNG keeps them: searx/data/engine_traits.json).
 */
const GOOGLE_SUFFIXES = (
  'ad ae al am as at az ba be bf bg bi bj bs bt by ca cat cd cf cg ch ci cl cm co.ao co.bw co.ck ' +
  'co.cr co.id co.il co.in co.jp co.ke co.kr co.ls co.ma co.mz co.nz co.th co.tz co.ug co.uk co.uz ' +
  'co.ve co.vi co.za co.zm co.zw com com.af com.ag com.ar com.au com.bd com.bh com.bn com.bo ' +
  'com.br com.bz com.co com.cu com.cy com.do com.ec com.eg com.et com.fj com.gh com.gi com.gt ' +
  'com.hk com.jm com.kh com.kw com.lb com.ly com.mm com.mt com.mx com.my com.na com.ng com.ni ' +
  'com.np com.om com.pa com.pe com.pg com.ph com.pk com.pr com.py com.qa com.sa com.sb com.sg ' +
  'com.sl com.sv com.tj com.tr com.tw com.ua com.uy com.vc com.vn cv cz de dj dk dm dz ee es fi fm ' +
  'fr ga ge gg gl gm gr gy hn hr ht hu ie im iq is it je jo kg ki kz la li lk lt lu lv md me mg mk ' +
  'ml mn mu mv mw ne nl no nr nu pl pn ps pt ro rs ru rw sc se sh si sk sm sn so sr st td tg tl tm ' +
  'tn to tt vu ws'
).split(' ');

export interface SearchEngine {
  readonly id: string;
  /** Its name, the same in every language. */
  readonly label: string;
  /** The registrable domains (and every subdomain) its searches are sent to. */
  readonly domains: readonly string[];
}

export const SEARCH_ENGINES: readonly SearchEngine[] = [
  { id: 'google', label: 'Google', domains: GOOGLE_SUFFIXES.map((suffix) => `google.${suffix}`) },
  { id: 'bing', label: 'Bing', domains: ['bing.com'] },
  { id: 'duckduckgo', label: 'DuckDuckGo', domains: ['duckduckgo.com'] },
  // Yahoo's search only, not the rest of Yahoo (mail, news).
  { id: 'yahoo', label: 'Yahoo', domains: ['search.yahoo.com'] },
  { id: 'ecosia', label: 'Ecosia', domains: ['ecosia.org'] },
  { id: 'brave', label: 'Brave Search', domains: ['search.brave.com'] },
  { id: 'startpage', label: 'Startpage', domains: ['startpage.com'] },
  { id: 'yandex', label: 'Yandex', domains: ['yandex.ru', 'yandex.com', 'yandex.com.tr', 'yandex.kz', 'yandex.by', 'yandex.uz', 'ya.ru'] },
];

/** The permission patterns of one engine. */
export const engineOrigins = (engine: SearchEngine): string[] => engine.domains.map((domain) => `*://*.${domain}/*`);

/** Every engine's patterns: the manifest's optional host permissions, asked for all at once. */
export const searchEngineOrigins = (): string[] => SEARCH_ENGINES.flatMap(engineOrigins);

/** Every engine domain, for request rules (`requestDomains` also matches subdomains). */
export const searchEngineDomains = (): string[] => SEARCH_ENGINES.flatMap((engine) => engine.domains);
