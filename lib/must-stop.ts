import { type Allowances, isAllowed, readAllowances } from './allowances';
import type { FeedState } from './feed-state';
import { parseProfileKey } from './profile-key';
import { isProtectionPaused } from './protection-paused';

// In a file of its own so the search guard can ask it without carrying every network.
export { isProtectionPaused };

/*
 * The one answer to "must this visit be stopped?", for the navigation guard, the background's
 * second layer and the pause page (the request rules are the same answer, compiled: rules for
 * the listed profiles, allow rules for the open allowances, none while protection is paused).
 *
 * It reads the stored values as they are, tolerating any shape, rather than through their
 * schemas (lib/people.ts, lib/settings.ts): the guard runs on every page of the supported sites
 * and must not carry the validation library. What it reads of them is only this: the profile
 * keys listed, the open allowances, and until when protection is paused.
 */

/** What is stored under `people`, `allowances` and `settings`, as read. */
export interface StoredForStop {
  readonly people: unknown;
  readonly allowances: unknown;
  readonly settings: unknown;
}

/** What the answer depends on, read once from storage (again whenever it changes). */
export interface StopState {
  readonly listed: ReadonlySet<string>;
  readonly allowances: Allowances;
  readonly settings: unknown;
}

export function readStopState(stored: StoredForStop): StopState {
  return { listed: listedKeys(stored.people), allowances: readAllowances(stored.allowances), settings: stored.settings };
}

/** A visit to `key` (a profile, or null for any other page) must be stopped now. */
export function mustStop(key: string | null, state: StopState, now: number): boolean {
  return key !== null && state.listed.has(key) && !isAllowed(state.allowances, key, now) && !isProtectionPaused(state.settings, now);
}

/**
 * Something of theirs in a feed must be hidden now: it names a key of someone whose "Keep them
 * out of my feeds" is on (lib/feed-state.ts), that profile is not open under an allowance, and
 * protection is not paused. The same answer as `mustStop`, for the feed script.
 */
export function mustHide(key: string, state: FeedState, now: number): boolean {
  const person = state.keys.get(key);
  return person !== undefined && !isAllowed(state.allowances, person.listed, now) && !isProtectionPaused(state.settings, now);
}

/** The profile keys listed, read straight from the stored people (every valid key, of anyone). */
export function listedKeys(storedPeople: unknown): Set<string> {
  const keys = new Set<string>();
  if (!Array.isArray(storedPeople)) return keys;
  for (const person of storedPeople) {
    const profiles: unknown = person?.profiles;
    if (!Array.isArray(profiles)) continue;
    for (const profile of profiles) {
      const key: unknown = profile?.key;
      if (typeof key === 'string' && parseProfileKey(key) !== null) keys.add(key);
    }
  }
  return keys;
}
