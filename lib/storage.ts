import { storage } from '#imports';
import { keepingUnreadable, migratePeopleV1ToV2, type Person, type Sanitised, sanitisePeople } from './people';
import { type BackupData, mergeBackup } from './backup';
import { type PendingChange, sanitisePending } from './commitment';
import { EVENT_KEY_PREFIX, type LogEvent, readEvent } from './log-event';
import type { Weekday } from './calendar';
import { readPass } from './pause-request';
import { serialised } from './serialised';
import { type FeltAfter, readUrge, storedUrge, type Urge, URGE_KEY_PREFIX } from './urge';
import { coversNow, digestOf, factsOf, foldBefore, historyOf, readDigest, storedDigest, type UrgeHistory, withSaved } from './urge-history';
import { systemClock } from './clock';

/*
 * Every stored value is defined here, in the browser's local extension storage only: never
 * `sync:`, so nothing of the user's list leaves the device. Each item is versioned from v1; a
 * later version adds its migration beside the item and names the old shape (`PersonV1`).
 */

export const peopleItem = storage.defineItem<unknown>('local:people', {
  fallback: [],
  version: 2,
  // The library writes the version mark (`people$: {v: 2}`) with the first save, and runs these
  // on older stored values when the item is first used.
  migrations: { 2: migratePeopleV1ToV2 },
});

export async function loadPeople(): Promise<Sanitised<Person[]>> {
  return sanitisePeople(await peopleItem.getValue());
}

/**
 * Read-modify-write of the people list under a lock shared by every extension page and the
 * background, so that the options page and the popup saving at once cannot lose an edit.
 * https://developer.mozilla.org/docs/Web/API/Web_Locks_API
 */
export async function updatePeople<T>(change: (people: Person[]) => { people: Person[]; result: T }): Promise<T> {
  return withLock('people', async () => {
    const stored = await peopleItem.getValue();
    const { people, result } = change(sanitisePeople(stored).value);
    // What this version cannot read stays as it was: never deleted by an edit it could not see.
    await peopleItem.setValue(keepingUnreadable(people, stored));
    return result;
  });
}

/** Runs `task` while no other page or the background runs a task under the same name. */
export async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (locks != null) return locks.request(`letting-go:${name}`, task);
  // Without Web Locks (older engines, test doubles) at least one context never races itself.
  let queue = inThisContext.get(name);
  if (queue === undefined) {
    queue = serialised((next: () => Promise<unknown>) => next());
    inThisContext.set(name, queue);
  }
  return (await queue(task)) as T;
}

const inThisContext = new Map<string, (task: () => Promise<unknown>) => Promise<unknown>>();

/** Open profiles after "Continue": `{ [profileKey]: { grantedAt, expiresAt } }`. See allowances.ts. */
export const allowancesItem = storage.defineItem<unknown>('local:allowances', {
  fallback: {},
  version: 2,
  // v1 kept only the end (`{ [profileKey]: expiresAt }`), which cannot be checked against a clock
  // set back: such an allowance (minutes long at most) simply ends.
  migrations: { 2: () => ({}) },
});

export interface Settings {
  /** How long a profile stays open after the user chooses to continue. */
  readonly allowanceMinutes: number;
  /** Seconds of breath for the 1st, 2nd, 3rd… pause of a day; the last one repeats. */
  readonly breathSteps: readonly number[];
  /** Strict mode: the pause screen offers no way to continue. */
  readonly strict: boolean;
  /** The week's first day (0 = Sunday), or 'locale' to follow the browser's language. */
  readonly weekStartsOn: Weekday | 'locale';
  /** The weekly summary notification: on or off, and when (local weekday and hour). */
  readonly weeklyNotification: { readonly enabled: boolean; readonly weekday: Weekday; readonly hour: number };
  /** How long a change that weakens protection waits before it takes effect. */
  readonly coolingOffHours: number;
  /** Protection is paused until this time (ms), or not paused (null). */
  readonly pausedUntil: number | null;
}

export const DEFAULT_SETTINGS: Settings = {
  allowanceMinutes: 5,
  breathSteps: [10, 20, 40, 60],
  strict: false,
  weekStartsOn: 'locale',
  weeklyNotification: { enabled: true, weekday: 0, hour: 19 },
  coolingOffHours: 24,
  pausedUntil: null,
};

const isWeekday = (value: unknown): value is Weekday => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;

export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/** Settings as stored, each field checked and replaced by its default when unusable. */
export function sanitiseSettings(stored: unknown): Settings {
  const value = (stored !== null && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const minutes = value.allowanceMinutes;
  const steps = value.breathSteps;
  const validSteps =
    Array.isArray(steps) &&
    steps.length > 0 &&
    steps.length <= 10 &&
    steps.every((step) => typeof step === 'number' && Number.isInteger(step) && step >= 1 && step <= 600);
  return {
    allowanceMinutes: typeof minutes === 'number' && minutes >= 1 && minutes <= 120 ? minutes : DEFAULT_SETTINGS.allowanceMinutes,
    breathSteps: validSteps ? (steps as number[]) : DEFAULT_SETTINGS.breathSteps,
    strict: typeof value.strict === 'boolean' ? value.strict : DEFAULT_SETTINGS.strict,
    weekStartsOn: value.weekStartsOn === 'locale' || isWeekday(value.weekStartsOn) ? value.weekStartsOn : DEFAULT_SETTINGS.weekStartsOn,
    weeklyNotification: sanitiseNotification(value.weeklyNotification),
    coolingOffHours:
      typeof value.coolingOffHours === 'number' && value.coolingOffHours >= 1 && value.coolingOffHours <= 24 * 30
        ? value.coolingOffHours
        : DEFAULT_SETTINGS.coolingOffHours,
    pausedUntil: typeof value.pausedUntil === 'number' && Number.isFinite(value.pausedUntil) ? value.pausedUntil : null,
  };
}

function sanitiseNotification(stored: unknown): Settings['weeklyNotification'] {
  const fallback = DEFAULT_SETTINGS.weeklyNotification;
  if (stored === null || typeof stored !== 'object') return fallback;
  const { enabled, weekday, hour } = stored as Record<string, unknown>;
  return {
    enabled: typeof enabled === 'boolean' ? enabled : fallback.enabled,
    weekday: isWeekday(weekday) ? weekday : fallback.weekday,
    hour: typeof hour === 'number' && Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : fallback.hour,
  };
}

/*
 * Urges: one storage key each (`urge:<id>`). Saving writes the urges' own keys first, in one call
 * started at once, never a read-modify-write of a shared list: pages saving at the same moment
 * (two pause tabs, the popup) cannot lose one another's urges, and a page closing mid-save (the
 * pause screen's last save as its tab closes) still has them kept. The digest follows, under a
 * lock (see urge-history.ts); a digest that missed a save is noticed and rebuilt (`checkDigest`).
 */
export async function saveUrge(urge: Urge): Promise<void> {
  await saveUrges([urge]);
}

export async function saveUrges(urges: readonly Urge[]): Promise<void> {
  if (urges.length === 0) return;
  await storage.setItems(urges.map((urge) => ({ key: `local:${URGE_KEY_PREFIX}${urge.id}` as const, value: storedUrge(urge) })));
  // The urges are kept. A digest that cannot be written (a full storage) is only a copy: it is
  // found stale and counted again later (`checkDigest`), so its failure is not the save's.
  await withLock('urge-digest', async () => {
    const now = systemClock();
    const digest = readDigest(await storage.getItem(DIGEST_KEY));
    const next = digest === null ? null : urges.reduce<UrgeHistory | null>((history, urge) => history && withSaved(history, urge, now), digest);
    await writeDigest(next ?? digestOf((await loadUrges()).value, now));
  }).catch(() => undefined);
}

/** Records the user's answer to "How do you feel after looking?" with that look. */
export async function answerFeltAfter(id: string, feltAfter: FeltAfter): Promise<void> {
  const urge = await loadUrge(id);
  if (urge !== null) await saveUrge({ ...urge, feltAfter });
}

export async function loadUrge(id: string): Promise<Urge | null> {
  return readUrge(await storage.getItem(`local:${URGE_KEY_PREFIX}${id}`));
}

/**
 * The urges' digest: the recent ones as facts and the older ones as totals, small enough to read
 * as a page opens. Null when there is none yet (a new install, an update from a version without
 * one) or it no longer reaches back far enough for today's figures; `rebuildDigest` makes one.
 */
const DIGEST_KEY = 'local:urgeDigest';

export async function loadDigest(now = systemClock()): Promise<UrgeHistory | null> {
  return usableDigest(await storage.getItem(DIGEST_KEY), now);
}

const usableDigest = (stored: unknown, now: number): UrgeHistory | null => {
  const digest = readDigest(stored);
  return digest !== null && coversNow(digest, now) ? digest : null;
};

/**
 * What the popup's first frame shows: this week (the digest) and the settings it depends on, in
 * one read of two small values; the digest is copied for the next first frame (see `mirror`).
 */
export async function loadFirstFrame(now = systemClock()): Promise<{ digest: UrgeHistory | null; settings: Settings }> {
  const [digest, settings] = await storage.getItems([DIGEST_KEY, settingsItem.key]);
  const usable = usableDigest(digest?.value, now);
  if (usable !== null) mirror(MIRRORED_DIGEST, digest?.value);
  return { digest: usable, settings: sanitiseSettings(settings?.value) };
}

/** Counts the digest again from every stored urge; kept for next time when there is room. */
export async function rebuildDigest(): Promise<UrgeHistory> {
  return withLock('urge-digest', async () => {
    const digest = digestOf((await loadUrges()).value, systemClock());
    await writeDigest(digest).catch(() => undefined);
    return digest;
  });
}

async function writeDigest(digest: UrgeHistory): Promise<void> {
  const stored = storedDigest(digest);
  await storage.setItem(DIGEST_KEY, stored);
  mirror(MIRRORED_DIGEST, stored);
}

/*
 * A copy of what the popup's first frame shows (the digest, and the settings as the popup last
 * read them) in the extension's own page storage, which a page reads at once, without waiting
 * for the browser's storage: the popup paints this week in its very first frame. It lives on
 * this device like everything else, is kept by every page that writes the digest (the
 * background never does), is checked against the stored urges once the popup has read them all
 * (`checkDigest`), and is deleted with everything else. Where page storage is unavailable (the
 * background, tests), nothing is copied.
 */
const MIRRORED_DIGEST = 'letting-go:urgeDigest';
const MIRRORED_SETTINGS = 'letting-go:settings';

function mirror(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or turned off: the popup then reads the browser's storage, a frame or two later.
  }
}

function mirrored(key: string): unknown {
  try {
    const copy = globalThis.localStorage?.getItem(key);
    return copy == null ? undefined : JSON.parse(copy);
  } catch {
    return undefined;
  }
}

/** Keeps the settings the popup read for its next first frame. */
export const mirrorSettings = (settings: Settings): void => mirror(MIRRORED_SETTINGS, settings);

/** The popup's first frame from the copy, at once; null when there is no usable copy. */
export function mirroredFirstFrame(now = systemClock()): { digest: UrgeHistory; settings: Settings } | null {
  const digest = usableDigest(mirrored(MIRRORED_DIGEST), now);
  return digest === null ? null : { digest, settings: sanitiseSettings(mirrored(MIRRORED_SETTINGS)) };
}

/**
 * After a full read: whether the digest a page showed first says what the urges say. It can
 * miss a save only if a page closed between writing an urge and the digest, or an older version
 * wrote urges; then it is rebuilt, and this returns false.
 */
export async function checkDigest(shown: UrgeHistory | null, urges: readonly Urge[]): Promise<boolean> {
  if (shown !== null && JSON.stringify(storedDigest(foldBefore(historyOf(urges.map(factsOf)), shown.cutoff))) === JSON.stringify(storedDigest(shown))) return true;
  await rebuildDigest();
  return false;
}

/** Every readable urge, oldest first, and how many stored ones could not be read. */
export async function loadUrges(everything?: Record<string, unknown>): Promise<Sanitised<Urge[]>> {
  everything ??= await storage.snapshot('local');
  const urges: Urge[] = [];
  let dropped = 0;
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(URGE_KEY_PREFIX)) continue;
    const urge = readUrge(value);
    if (urge === null) dropped++;
    else urges.push(urge);
  }
  urges.sort((a, b) => a.at - b.at);
  return { value: urges, dropped };
}

/** Which reflections the pause screen has shown this cycle (see reflection-rotation.ts). */
export const rotationItem = storage.defineItem<unknown>('local:reflectionRotation', {
  fallback: { seen: [] },
  version: 1,
  migrations: {},
});

/** The user's reflection on a week, keyed by the week's first day (YYYY-MM-DD). */
export const weekNotesItem = storage.defineItem<unknown>('local:weekNotes', {
  fallback: {},
  version: 1,
  migrations: {},
});

/** Keeps the note for one week, under a lock; entries this version cannot read stay as they were. */
export async function saveWeekNote(week: string, note: string): Promise<void> {
  await withLock('week-notes', async () => {
    const stored = await weekNotesItem.getValue();
    const kept = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
    await weekNotesItem.setValue({ ...kept, [week]: note });
  });
}

export function sanitiseWeekNotes(stored: unknown): Record<string, string> {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter(([week, note]) => /^\d{4}-\d{2}-\d{2}$/.test(week) && typeof note === 'string'));
}

/** Everything a backup holds, as stored now. */
export async function loadBackupData(): Promise<BackupData> {
  const [people, urges, notes] = await Promise.all([loadPeople(), loadUrges(), weekNotesItem.getValue()]);
  return { people: people.value, urges: urges.value, weekNotes: sanitiseWeekNotes(notes) };
}

/**
 * Adds a backup's new entries to what is stored, all or nothing: people, urges (one key each,
 * never overwritten), week notes and the digest counted again go to the browser in one write,
 * which it keeps whole or not at all (a full storage keeps nothing of it). Merged again inside
 * the locks, so an edit made since the preview is kept too.
 */
export async function importBackup(backup: BackupData): Promise<void> {
  await withLock('people', () =>
    withLock('urge-digest', () =>
      withLock('week-notes', async () => {
        const everything = await storage.snapshot('local');
        const storedPeople = everything[peopleItem.key.slice('local:'.length)];
        const storedNotes = everything[weekNotesItem.key.slice('local:'.length)];
        const current = { people: sanitisePeople(storedPeople).value, urges: (await loadUrges(everything)).value, weekNotes: sanitiseWeekNotes(storedNotes) };
        const { merged } = mergeBackup(current, backup);
        const known = new Set(current.urges.map((urge) => urge.id));
        const fresh = backup.urges.filter((urge) => !known.has(urge.id));
        const keptNotes = storedNotes !== null && typeof storedNotes === 'object' && !Array.isArray(storedNotes) ? storedNotes : {};
        const digest = storedDigest(digestOf([...merged.urges].sort((a, b) => a.at - b.at), systemClock()));
        await storage.setItems([
          { key: peopleItem.key, value: keepingUnreadable(merged.people, storedPeople) },
          // The people list's version mark, as `peopleItem.setValue` would write it.
          { key: `${peopleItem.key}$`, value: { v: 2 } },
          { key: weekNotesItem.key, value: { ...keptNotes, ...merged.weekNotes } },
          ...fresh.map((urge) => ({ key: `local:${URGE_KEY_PREFIX}${urge.id}` as const, value: storedUrge(urge) })),
          { key: DIGEST_KEY, value: digest },
        ]);
        mirror(MIRRORED_DIGEST, digest);
      }),
    ),
  );
}

/**
 * Removes everything Letting Go keeps in this browser: the extension's storage, and the page
 * storage copy of the week, which only a page can reach (`clearPageStorage` reaches it from
 * Chrome's service worker, which has none).
 */
export async function deleteEverything(clearPageStorage: () => Promise<void> = async () => globalThis.localStorage?.clear()): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
  await clearPageStorage();
}

/** Weakening changes waiting out the cooling-off period (see commitment.ts). */
export const pendingChangesItem = storage.defineItem<unknown>('local:pendingChanges', {
  fallback: [],
  version: 1,
  migrations: {},
});

export async function updatePending<T>(change: (pending: PendingChange[]) => { pending: PendingChange[]; result: T }): Promise<T> {
  return withLock('pending', async () => {
    const { pending, result } = change(sanitisePending(await pendingChangesItem.getValue()));
    await pendingChangesItem.setValue(pending);
    return result;
  });
}

/*
 * Gaps in protection (a profile removed, protection paused), recorded in the log as plainly as
 * the urges, one key each like them.
 */
export async function saveEvent(event: LogEvent): Promise<void> {
  await storage.setItem(`local:${EVENT_KEY_PREFIX}${event.id}`, event);
}

export async function loadEvents(everything?: Record<string, unknown>): Promise<LogEvent[]> {
  everything ??= await storage.snapshot('local');
  return Object.entries(everything)
    .filter(([key]) => key.startsWith(EVENT_KEY_PREFIX))
    .map(([, value]) => readEvent(value))
    .filter((event) => event !== null)
    .sort((a, b) => a.at - b.at);
}

/** The whole log, urges and gaps, from one read of everything stored. */
export async function loadLog(): Promise<{ urges: Sanitised<Urge[]>; events: LogEvent[] }> {
  const everything = await storage.snapshot('local');
  return { urges: await loadUrges(everything), events: await loadEvents(everything) };
}

/** What the request rules could not cover (see rule-status.ts); written by the background. */
export const ruleStatusItem = storage.defineItem<unknown>('local:ruleStatus', { fallback: null, version: 1, migrations: {} });

/**
 * A secret of this installation that the request rules and the guard put in the pause page's
 * address (see pause-request.ts): a pause page reached without it was opened by someone else's
 * link. Made by the background when missing; only extension contexts can read it.
 */
export const pausePassItem = storage.defineItem<unknown>('local:pausePass', { fallback: null, version: 1, migrations: {} });

/** The pass, made now if there is none yet (a new install, or after "Delete everything"). */
export async function ensurePausePass(): Promise<string> {
  return withLock('pause-pass', async () => {
    const stored = readPass(await pausePassItem.getValue());
    if (stored !== '') return stored;
    const pass = crypto.randomUUID();
    await pausePassItem.setValue(pass);
    return pass;
  });
}

/** Whether the welcome page has been opened (first run only). */
export const welcomeShownItem = storage.defineItem<boolean>('local:welcomeShown', { fallback: false, version: 1, migrations: {} });
