import { browser } from '#imports';
import { systemClock } from '../../lib/clock';
import { readStopState, type StopState } from '../../lib/must-stop';
import { readPass } from '../../lib/pause-request';
import { searchEngineOrigins } from '../../lib/search-engines';
import { mustPauseSearch, searchPauseHref } from '../../lib/search-pause';
import { personSearched, type WatchedPerson, watchedPeople } from '../../lib/search-terms';
import { type RequestBody, searchResultsUrl, searchTextOf, searchTextOfBody } from '../../lib/search-urls';
import { networks } from '../../lib/networks';
import { allowancesItem, pausePassItem, peopleItem, settingsItem } from '../storage/keys';
import { keepSearchStop } from '../pause/search-stop';
import { firefoxPasses } from './search-passes';

/** What Firefox tells a blocking listener of a request (webRequest.onBeforeRequest). */
export interface SearchRequest {
  readonly url: string;
  readonly method: string;
  readonly type: string;
  readonly tabId: number;
  readonly requestBody?: {
    readonly formData?: Record<string, string[]>;
    readonly raw?: readonly { readonly bytes?: ArrayBuffer }[];
  } | null;
}

export type Decision = { cancel: true } | { redirectUrl: string } | Record<string, never>;

interface Known {
  readonly watched: readonly WatchedPerson[];
  readonly state: StopState;
  readonly pass: string;
}

/** The body's search-relevant part: form fields as they are, a JSON body parsed (YouTube's results). */
function bodyOf(request: SearchRequest): RequestBody | null {
  const body = request.requestBody;
  if (body === undefined || body === null) return null;
  if (body.formData !== undefined) return { formData: body.formData };
  const bytes = body.raw?.[0]?.bytes;
  if (bytes === undefined || !/\/youtubei\/v1\/search/.test(request.url)) return null;
  try {
    return { json: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch {
    return null;
  }
}

/**
 * Firefox: the one decision for every request to a search engine or a network, before it is
 * sent (a blocking listener, which Firefox allows and Chrome does not). A page load that searches
 * for someone listed goes to the pause page (its address kept in memory, never in the pause
 * page's own address); a request a page sends while typing or for in-app results is cancelled.
 * Everything else goes on untouched. Exact: the same matcher as everywhere, on the address or,
 * for a search sent as a form or JSON, on its body.
 */
export function decideSearchRequest(request: SearchRequest, known: Known, goPageUrl: string, now: number): Decision | Promise<Decision> {
  if (request.tabId < 0) return {};
  const pass = firefoxPasses.get(request.tabId);
  if (request.type === 'main_frame' && pass !== undefined) {
    firefoxPasses.delete(request.tabId);
    if (pass.url.split('#')[0] === request.url.split('#')[0] && now < pass.until) return {};
  }
  const body = request.method === 'GET' ? null : bodyOf(request);
  const text = searchTextOf(request.url) ?? (body === null ? null : searchTextOfBody(request.url, body));
  if (text === null) return {};
  const person = personSearched(
    text,
    known.watched.filter((candidate) => mustPauseSearch(candidate.id, known.state, now)),
  );
  if (person === null) return {};
  if (request.type !== 'main_frame') return { cancel: true };
  // A form posted to the engine has no address to go back to: "Continue" opens its results page.
  const target = request.method === 'GET' ? request.url : (searchResultsUrl(request.url, text) ?? request.url);
  return keepSearchStop(target, now).then((stopId) => ({ redirectUrl: searchPauseHref(goPageUrl, { stopId, personId: person.id, pass: known.pass }) }));
}

/** Firefox only: watches every request to the networks and the engines it may reach. */
export function watchSearchRequests(): void {
  let known: Known | undefined;
  const load = async () => {
    const [people, allowances, settings, pass] = await Promise.all([peopleItem.getValue(), allowancesItem.getValue(), settingsItem.getValue(), pausePassItem.getValue()]);
    known = { watched: watchedPeople(people), state: readStopState({ people, allowances, settings }), pass: readPass(pass) };
  };
  const ready = load();
  for (const item of [peopleItem, allowancesItem, settingsItem, pausePassItem]) item.watch(() => void load());
  const goPageUrl = browser.runtime.getURL('/go.html');
  const urls = [...networks.flatMap((network) => network.domains.map((domain) => `*://*.${domain}/*`)), ...searchEngineOrigins()];
  const webRequest = browser.webRequest as unknown as {
    onBeforeRequest: { addListener(listener: (request: SearchRequest) => Decision | Promise<Decision>, filter: object, extra: string[]): void };
  };
  webRequest.onBeforeRequest.addListener(
    // The first requests after the background starts wait for the list, rather than pass unseen.
    (request) => (known === undefined ? ready.then(() => decideSearchRequest(request, known!, goPageUrl, systemClock())) : decideSearchRequest(request, known, goPageUrl, systemClock())),
    { urls, types: ['main_frame', 'xmlhttprequest', 'script', 'other'] },
    ['blocking', 'requestBody'],
  );
}
