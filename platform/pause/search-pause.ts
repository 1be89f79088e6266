import type { StopState } from '../../lib/must-stop';
import type { PauseRequest } from '../../lib/pause-request';
import { mustPauseSearch, readSearchPauseRequest } from '../../lib/search-pause';
import { personSearched, watchedPeople } from '../../lib/search-terms';
import { searchTextOf } from '../../lib/search-urls';
import { readSearchStopById } from './search-stop';

/** A search the pause page stops: whose it was, and the address "Continue" goes to. */
export interface SearchPause {
  readonly personId: string;
  /** Their name as the user wrote it ('' when unnamed). */
  readonly personName: string;
  /** Where the stopped search is kept until the user chooses (platform/pause/search-stop.ts). */
  readonly stopId: string;
}

type Whose = { readonly kind: 'go-through'; readonly target: string; readonly search: { readonly stopId: string } } | { readonly kind: 'pause'; readonly search: SearchPause };

/**
 * The pause page's address, read as a search: null when it is not one, 'gone' when the search
 * it names is no longer kept (over an hour ago, or the browser was restarted). Otherwise the
 * stopped search's address, and `whose`: who it is for, checked with the exact matcher. The
 * request rules only pre-filter searches, so one that names no one listed after all (a near
 * miss: "Samantha Smithers" for Sam Smith) goes straight on, as does one under an allowance.
 */
export async function searchToPause(href: string, now: number) {
  const request = readSearchPauseRequest(href);
  if (request === null) return null;
  const stop = await readSearchStopById(request.stopId, now);
  if (stop === null) return { kind: 'gone' } as const;
  const pauseRequest: PauseRequest = { target: stop.url, key: '', via: 'load', pass: request.pass };
  const whose = (storedPeople: unknown, state: StopState): Whose => {
    const watched = watchedPeople(storedPeople);
    // The guard and the Firefox background matched the words themselves (they may have come in
    // a form rather than the address); the request rules only pre-filtered the address.
    const person = request.personId === null ? personSearched(searchTextOf(stop.url) ?? '', watched) : watched.find((candidate) => candidate.id === request.personId);
    if (person === null || person === undefined || !mustPauseSearch(person.id, state, now)) return { kind: 'go-through', target: stop.url, search: { stopId: request.stopId } };
    return { kind: 'pause', search: { personId: person.id, personName: person.name, stopId: request.stopId } };
  };
  return { kind: 'search', request: pauseRequest, whose } as const;
}
