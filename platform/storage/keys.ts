import { storage } from '#imports';
import { migratePeopleV1ToV2 } from '../../lib/people';

/*
 * Every value Letting Go keeps, in one list. All in the browser's local extension storage: never
 * `sync:`, so nothing of the user's list leaves the device. Each item is versioned from v1; a
 * later version adds its migration beside the item and names the old shape (`PersonV1`). What
 * each value may hold is a schema in lib/ (read with it, never trusted as stored); the files
 * beside this one read and write them, each under its own lock.
 *
 * Besides these: every urge and every log event has a key of its own (`urge:<id>`, `event:<id>`:
 * see urges.ts and log.ts), and the popup keeps a copy of this week in page storage
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
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {}, version: 1, migrations: {} });

/** Open profiles after "Continue": `{ [profileKey]: { grantedAt, expiresAt } }` (lib/allowances.ts). */
export const allowancesItem = storage.defineItem<unknown>('local:allowances', {
  fallback: {},
  version: 2,
  // v1 kept only the end (`{ [profileKey]: expiresAt }`), which cannot be checked against a clock
  // set back: such an allowance (minutes long at most) simply ends.
  migrations: { 2: () => ({}) },
});

/** Weakening changes waiting out the cooling-off period (lib/commitment.ts). */
export const pendingChangesItem = storage.defineItem<unknown>('local:pendingChanges', { fallback: [], version: 1, migrations: {} });

/** Which reflections the pause screen has shown this cycle (lib/reflection-rotation.ts). */
export const rotationItem = storage.defineItem<unknown>('local:reflectionRotation', { fallback: { seen: [] }, version: 1, migrations: {} });

/** The user's reflection on a week, keyed by the week's first day (lib/week-notes.ts). */
export const weekNotesItem = storage.defineItem<unknown>('local:weekNotes', { fallback: {}, version: 1, migrations: {} });

/** The urges' digest: recent urges as facts, older ones as totals (lib/urge-history.ts). */
export const urgeDigestItem = storage.defineItem<unknown>('local:urgeDigest', { fallback: null, version: 1, migrations: {} });

/** What the request rules could not cover (lib/rule-status.ts); written by the background. */
export const ruleStatusItem = storage.defineItem<unknown>('local:ruleStatus', { fallback: null, version: 1, migrations: {} });

/**
 * A secret of this installation that the request rules and the guard put in the pause page's
 * address (lib/pause-request.ts): a pause page reached without it was opened by someone else's
 * link. Made by the background when missing; only extension contexts can read it.
 */
export const pausePassItem = storage.defineItem<unknown>('local:pausePass', { fallback: null, version: 1, migrations: {} });

/** Whether the welcome page has been opened (first run only). */
export const welcomeShownItem = storage.defineItem<boolean>('local:welcomeShown', { fallback: false, version: 1, migrations: {} });
