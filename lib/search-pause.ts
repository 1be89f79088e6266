import { isAllowed } from './allowances';
import type { StopState } from './must-stop';
import { passParam } from './pause-pass';
import { isProtectionPaused } from './protection-paused';

/*
 * A search stopped before it was sent, on its way to the pause page. The search's address holds
 * its words, so it never travels in the pause page's own address (which the browser shows):
 * public/go.js, the first page a stopped search reaches, keeps it in the browser's memory
 * (`storage.session`, never written to disk, gone when the browser quits) under a random id,
 * and moves on to `pause.html?via=search&id=<id>`; the Firefox background keeps it there
 * itself. The pause page reads it back to offer "Continue", and forgets it once the user chose.
 */

/** Where public/go.js and the Firefox background keep a stopped search (`session:` storage). */
export const SEARCH_STOP_PREFIX = 'searchStop:';
/** A stopped search not taken up within this long is forgotten. */
export const SEARCH_STOP_TTL_MS = 60 * 60_000;

export interface SearchPauseRequest {
  /** The id the stopped search is kept under. */
  readonly stopId: string;
  /** Who the search was for, when the one who stopped it already knew (the guard, Firefox). */
  readonly personId: string | null;
  /** This installation's pass (see pause-request.ts), '' when there is none. */
  readonly pass: string;
}

const ID = '[A-Za-z0-9-]{1,64}';
const param = (href: string, name: string): string | null => new RegExp(`[?&]${name}=(${ID})(?:&|#|$)`).exec(href)?.[1] ?? null;

/** Reads the pause page's address; null unless it is a search's. */
export function readSearchPauseRequest(href: string): SearchPauseRequest | null {
  const query = href.split('#')[0]!;
  if (!/[?&]via=search(?:&|$)/.test(query) || query.includes('&url=')) return null;
  const stopId = param(query, 'id');
  if (stopId === null) return null;
  return { stopId, personId: param(query, 'person'), pass: param(query, 'pass') ?? '' };
}

/**
 * The address of the page that stops a search on its way: public/go.html with the search's
 * address after `&url=` (go.js moves it out of the address at once). For the guard, which
 * knows whose search it stopped.
 */
export function searchStopHref(goPageUrl: string, target: string, personId: string, pass: string): string {
  return `${goPageUrl}?via=search${passParam(pass)}&person=${personId}&url=${target}`;
}

/** The pause page's address for a search kept under `stopId` (the Firefox background's way). */
export function searchPauseHref(pageUrl: string, { stopId, personId, pass }: SearchPauseRequest): string {
  return `${pageUrl}?via=search${passParam(pass)}${personId === null ? '' : `&person=${personId}`}&id=${stopId}`;
}

/** A kept search, checked: only a web address is ever gone to. */
export interface SearchStop {
  readonly url: string;
  readonly at: number;
}

export function readSearchStop(stored: unknown): SearchStop | null {
  if (stored === null || typeof stored !== 'object') return null;
  const { url, at } = stored as { url?: unknown; at?: unknown };
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return null;
  return { url, at: typeof at === 'number' && Number.isFinite(at) ? at : 0 };
}

/** The allowance "Continue" opens for one person's searches (kept with the profiles' allowances). */
export const searchAllowanceKey = (personId: string): string => `search:${personId}`;

/** Whether a search for this person must be paused now: not under an allowance, protection not paused. */
export function mustPauseSearch(personId: string, state: Pick<StopState, 'allowances' | 'settings'>, now: number): boolean {
  return !isAllowed(state.allowances, searchAllowanceKey(personId), now) && !isProtectionPaused(state.settings, now);
}
