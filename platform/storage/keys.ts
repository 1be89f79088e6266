import { storage } from '#imports';
import { migratePeopleV1ToV2 } from '../../lib/people';

type Key = `local:${string}`;

/**
 * A stored value without a migration of its own: read, written and watched as it is. (WXT's
 * `defineItem` reads every item it defines as a page starts, twice when it has migrations: ten
 * items made twenty storage calls before a page could read anything. Only the people list, which
 * has a migration, is defined that way.)
 */
function plain(key: Key, fallback: unknown = null) {
  return {
    key,
    getValue: async (): Promise<unknown> => (await storage.getItem<unknown>(key)) ?? fallback,
    setValue: (value: unknown): Promise<void> => storage.setItem(key, value),
    watch: (listener: (value: unknown, previous: unknown) => void): (() => void) =>
      storage.watch<unknown>(key, (value, previous) => listener(value ?? fallback, previous ?? fallback)),
  };
}

/*
 * Every value Letting Go keeps, in one list. All in the browser's local extension storage: never
 * `sync:`, so nothing of the user's list leaves the device. Each item is versioned from v1; a
 * later version adds its migration beside the item and names the old shape (`PersonV1`); until
 * one is needed, an item is read and written as it is (`plain`). What
 * each value may hold is a schema in lib/ (read with it, never trusted as stored); the files
 * beside this one read and write them, each under its own lock.
 *
 * Besides these: every urge, log event and letter has a key of its own (`urge:<id>`, `event:<id>`,
 * `letter:<id>`: see urges.ts, log.ts and own-words.ts), and the popup keeps a copy of this week in page storage
 * (page-copy.ts).
 */

/** The people the user lists and their profiles (lib/people.ts). */
export const peopleItem = storage.defineItem<unknown>('local:people', {
  fallback: [],
  version: 2,
  // The library writes the version mark (`people$: {v: 2}`) with the first save, and runs these
  // on older stored values when the item is first used.
  migrations: { 2: migratePeopleV1ToV2 },
});

/** The user's settings (lib/settings.ts). */
export const settingsItem = plain('local:settings', {});

/** Open profiles after "Continue": `{ [profileKey]: { grantedAt, expiresAt } }` (lib/allowances.ts). */
// (An allowance stored by v1 kept only its end, `{ [profileKey]: expiresAt }`, which cannot be
// checked against a clock set back: reading ignores it, and such an allowance simply ends.)
export const allowancesItem = plain('local:allowances', {});

/** Weakening changes waiting out the cooling-off period (lib/commitment.ts). */
export const pendingChangesItem = plain('local:pendingChanges', []);

/** Which reflections the pause screen has shown this cycle (lib/reflection-rotation.ts). */
export const rotationItem = plain('local:reflectionRotation', { seen: [] });

/** The user's reflection on a week, keyed by the week's first day (lib/week-notes.ts). */
export const weekNotesItem = plain('local:weekNotes', {});

/** The urges' digest: recent urges as facts, older ones as totals (lib/urge-history.ts). */
export const urgeDigestItem = plain('local:urgeDigest');

/** What the request rules could not cover (lib/rule-status.ts); written by the background. */
export const ruleStatusItem = plain('local:ruleStatus');

/** What the request rules for searches could not cover (lib/search-rules.ts); written by the background. */
export const searchStatusItem = plain('local:searchStatus');

/**
 * A secret of this installation that the request rules and the guard put in the pause page's
 * address (lib/pause-request.ts): a pause page reached without it was opened by someone else's
 * link. Made by the background when missing; only extension contexts can read it.
 */
export const pausePassItem = plain('local:pausePass');

/** Whether the welcome page has been opened (first run only). */
export const welcomeShownItem = plain('local:welcomeShown', false);

/** The user's if-then plans and reasons (lib/own-words.ts). */
export const ownWordsItem = plain('local:ownWords', {});

/** What has been said once and is not said again (platform/storage/own-words.ts `SaidOnce`). */
export const seenOnceItem = plain('local:saidOnce', []);

/** The day (YYYY-MM-DD) the pause last offered to write a plan: at most once a day. */
export const planOfferItem = plain('local:planOffered');

/** How many of a listed person's things were kept out of sight, per day (lib/hidden-counts.ts). */
export const hiddenCountsItem = plain('local:hiddenCounts', {});

/** Ids a page showed beside a listed handle (lib/learned-ids.ts); written by the background. */
export const learnedIdsItem = plain('local:learnedIds', {});
