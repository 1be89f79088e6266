/**
 * Helpers for the search tests (tests/e2e/search.*.test.ts), in both browsers: the person whose
 * searches are paused, the searches that must be stopped and those that must pass, and the
 * requests the stand-in sites received that carried the watched words.
 */
import { searchEngineDomains } from '../../../lib/search-engines';
import type { LoggedRequest, StandInSites } from './stand-in-sites';
import type { Person, StoredSettings } from './stored';

/** Someone listed, with a name no other test uses, and one profile whose handle is a term too. */
export const SAM: Person = {
  id: 'sam',
  name: 'Sam Okonkwo',
  relationship: 'ex',
  addedAt: 0,
  profiles: [{ key: 'instagram:sam.okonkwo92', addedAt: 0 }],
};

/** The search engines' domains, sent to the stand-in sites (every subdomain too). */
export const ENGINE_DOMAINS: readonly string[] = searchEngineDomains();

/** A one-second breath keeps the tests quick; the real default is 10 s and grows. */
export const SEARCH_SETTINGS: StoredSettings = { allowanceMinutes: 5, breathSteps: [1], strict: false };

/** Words that, however written, name Sam: nothing that carries them may reach a site. */
const WATCHED = /okonkwo/i;

/** The request's path and query, decoded the way a search box would read them. */
function readable(request: LoggedRequest): string {
  const text = (request.path + request.search).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(decodeURIComponent(text));
  } catch {
    return text;
  }
}

/** The requests that carried the watched words (Sam's surname, on its own or in a handle). */
export const requestsForSam = (sites: Pick<StandInSites, 'requests'>): LoggedRequest[] => sites.requests((request) => WATCHED.test(readable(request)));

/** The requests that carried these words (for searches that must pass). */
export const requestsWith = (sites: Pick<StandInSites, 'requests'>, words: RegExp): LoggedRequest[] => sites.requests((request) => words.test(readable(request)));

/** One stand-in search engine: its home page, and a full search address for some words. */
export interface Engine {
  readonly name: string;
  readonly home: string;
  readonly search: (words: string) => string;
}

const encode = (words: string) => encodeURIComponent(words).replace(/%20/g, '+');

/** The eight engines, on one of their hosts each (Google on a country domain). */
export const ENGINES: readonly Engine[] = [
  { name: 'Google', home: 'https://www.google.de/', search: (words) => `https://www.google.de/search?q=${encode(words)}&udm=2` },
  { name: 'Bing', home: 'https://www.bing.com/', search: (words) => `https://www.bing.com/images/search?q=${encode(words)}` },
  { name: 'DuckDuckGo', home: 'https://duckduckgo.com/', search: (words) => `https://duckduckgo.com/?q=${encode(words)}&ia=web` },
  { name: 'Yahoo', home: 'https://search.yahoo.com/', search: (words) => `https://search.yahoo.com/search?p=${encode(words)}` },
  { name: 'Ecosia', home: 'https://www.ecosia.org/', search: (words) => `https://www.ecosia.org/search?q=${encode(words)}` },
  { name: 'Brave Search', home: 'https://search.brave.com/', search: (words) => `https://search.brave.com/search?q=${encode(words)}` },
  { name: 'Startpage', home: 'https://www.startpage.com/', search: (words) => `https://www.startpage.com/sp/search?query=${encode(words)}` },
  { name: 'Yandex', home: 'https://yandex.com/', search: (words) => `https://yandex.com/search/?text=${encode(words)}` },
];

/** Networks' own searches loaded as pages: each must be stopped before it is sent. */
export const NETWORK_SEARCH_LOADS: readonly string[] = [
  'https://www.instagram.com/explore/search/keyword/?q=sam%20okonkwo',
  'https://x.com/search?q=okonkwo%20sam&src=typed_query',
  'https://www.tiktok.com/search?q=Sam+Okonkwo',
  'https://www.youtube.com/results?search_query=sam+okonkwo',
  'https://www.reddit.com/search/?q=%22Sam%20Okonkwo%22',
  'https://www.linkedin.com/search/results/people/?keywords=sam%20okonkwo',
  'https://www.facebook.com/search/top/?q=sam%20okonkwo',
  'https://www.tumblr.com/search/sam%20okonkwo',
  'https://bsky.app/search?q=sam+okonkwo',
  'https://www.threads.net/search?q=sam%20okonkwo',
  'https://www.pinterest.com/search/pins/?q=sam%20okonkwo',
];
