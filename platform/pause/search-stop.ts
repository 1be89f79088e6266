import { storage } from '#imports';
import { readSearchStop, SEARCH_STOP_PREFIX, SEARCH_STOP_TTL_MS, type SearchStop } from '../../lib/search-pause';

/*
 * Stopped searches, kept in the browser's memory (`storage.session`: never written to disk, gone
 * when the browser quits) between the page that stopped them and the pause page's choice. See
 * lib/search-pause.ts.
 */

type SessionKey = `session:${string}`;
const keyOf = (stopId: string): SessionKey => `session:${SEARCH_STOP_PREFIX}${stopId}`;

/** Keeps a stopped search (the Firefox background; public/go.js does the same in Chrome). Resolves with its id. */
export async function keepSearchStop(url: string, now: number): Promise<string> {
  const stopId = crypto.randomUUID();
  await storage.setItem(keyOf(stopId), { url, at: now });
  return stopId;
}

/** The search kept under this id; searches kept longer ago than an hour are forgotten on the way. */
export async function readSearchStopById(stopId: string, now: number): Promise<SearchStop | null> {
  const all = await storage.snapshot('session');
  const stale = Object.entries(all)
    .filter(([key, value]) => key.startsWith(SEARCH_STOP_PREFIX) && now - (readSearchStop(value)?.at ?? 0) > SEARCH_STOP_TTL_MS)
    .map(([key]): SessionKey => `session:${key}`);
  if (stale.length > 0) await storage.removeItems(stale);
  const stop = readSearchStop(all[`${SEARCH_STOP_PREFIX}${stopId}`]);
  return stop !== null && now - stop.at <= SEARCH_STOP_TTL_MS ? stop : null;
}

/** Forgets a stopped search once the user has chosen. */
export async function forgetSearchStop(stopId: string): Promise<void> {
  await storage.removeItem(keyOf(stopId));
}
