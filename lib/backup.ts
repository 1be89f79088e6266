import type { Person } from './people';
import { sanitisePeople } from './people';
import { type Letter, readLetter } from './letter';
import { MAX_PLANS, MAX_REASONS, type OwnWords, readOwnWords } from './own-words';
import type { Translate } from './translate';
import { readUrge, type Urge } from './urge';

/*
 * A full backup as one JSON file, and reading one back. Reading is strict: a file that is not
 * entirely a Letting Go backup is refused with a reason, and nothing is changed. Merging never
 * removes or overwrites: it only adds what is new.
 */

export const BACKUP_FORMAT = 'letting-go-backup';
// Version 2 adds the letters never sent and the user's plans and reasons; a version 1 file
// (without them) is read as having none.
export const BACKUP_VERSION = 2;
/** Larger files are refused before parsing: ten years of heavy logging stays far below this. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** No moment in a backup is older than Letting Go itself (its first year, 2025). */
export const EARLIEST_TIME = Date.UTC(2025, 0, 1);
/** …nor later than the day after the import: clocks on two devices may differ by some hours. */
const LATEST_AHEAD_MS = 24 * 3_600_000;
const MAX_NOTE = 5000;

export interface BackupData {
  readonly people: readonly Person[];
  readonly urges: readonly Urge[];
  /** The user's reflection on a week, keyed by the week's first day (YYYY-MM-DD). */
  readonly weekNotes: Readonly<Record<string, string>>;
  readonly letters: readonly Letter[];
  readonly ownWords: OwnWords;
}

export interface Backup extends BackupData {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: typeof BACKUP_VERSION;
  readonly exportedAt: number;
}

export function makeBackup(data: BackupData, now: number): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, ...data };
}

export type ReadBackup = { readonly ok: true; readonly backup: Backup } | { readonly ok: false; readonly message: string };

/**
 * Reads a backup file's text, strictly; a refusal says why in `t`'s words. `byteLength` is the
 * file's size, checked before anything is parsed. Every moment in it must lie between Letting
 * Go's first year and the day after `now`: a date from nowhere would make "days since you last
 * looked" meaningless for good.
 */
export function readBackup(t: Translate, text: string, now: number, byteLength = text.length): ReadBackup {
  const refuse = (reason: string): ReadBackup => ({ ok: false, message: t('backup.refused', { reason }) });
  if (byteLength > MAX_BACKUP_BYTES) return refuse(t('backup.tooLarge'));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(t('backup.notJson'));
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return refuse(t('backup.notBackup'));
  const file = parsed as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT) return refuse(t('backup.notBackup'));
  if (typeof file.version !== 'number' || !Number.isInteger(file.version)) return refuse(t('backup.noVersion'));
  if (file.version > BACKUP_VERSION) return refuse(t('backup.newerVersion'));
  if (file.version < 1) return refuse(t('backup.unknownVersion'));
  if (!Array.isArray(file.people) || !Array.isArray(file.urges)) return refuse(t('backup.incomplete'));

  const inTime = (at: number) => at >= EARLIEST_TIME && at <= now + LATEST_AHEAD_MS;
  const people = sanitisePeople(file.people);
  if (people.dropped > 0) return refuse(t('backup.damagedPeople', { count: people.dropped }));
  // When a person or profile was added counts nothing and is shown nowhere: a date from nowhere
  // becomes the moment of the import rather than a reason to refuse the file.
  const dated = <T extends { addedAt: number }>(entry: T): T => (inTime(entry.addedAt) ? entry : { ...entry, addedAt: now });
  const listed = people.value.map((person) => dated({ ...person, profiles: person.profiles.map(dated) }));
  const urges: Urge[] = [];
  for (const [index, stored] of file.urges.entries()) {
    const urge = readUrge(stored);
    if (urge === null) return refuse(t('backup.damagedUrge', { number: index + 1 }));
    if (!inTime(urge.at)) return refuse(t('backup.urgeOutOfTime', { number: index + 1 }));
    urges.push(urge);
  }
  if (new Set(urges.map((urge) => urge.id)).size !== urges.length) return refuse(t('backup.duplicateUrge'));

  const notes = file.weekNotes ?? {};
  if (notes === null || typeof notes !== 'object' || Array.isArray(notes)) return refuse(t('backup.damagedNotes'));
  const weekNotes: Record<string, string> = {};
  for (const [week, note] of Object.entries(notes)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(week) || typeof note !== 'string' || note.length > MAX_NOTE) return refuse(t('backup.damagedNotes'));
    weekNotes[week] = note;
  }
  const letters: Letter[] = [];
  if (file.letters !== undefined && !Array.isArray(file.letters)) return refuse(t('backup.damagedLetters'));
  for (const stored of (file.letters as unknown[] | undefined) ?? []) {
    const letter = readLetter(stored);
    if (letter === null || !inTime(letter.at)) return refuse(t('backup.damagedLetters'));
    letters.push(letter);
  }
  if (file.ownWords !== undefined && (file.ownWords === null || typeof file.ownWords !== 'object' || Array.isArray(file.ownWords))) return refuse(t('backup.damagedOwnWords'));
  const ownWords = readOwnWords(file.ownWords);
  const exportedAt = typeof file.exportedAt === 'number' && Number.isFinite(file.exportedAt) ? file.exportedAt : 0;
  return { ok: true, backup: makeBackup({ people: listed, urges, weekNotes, letters, ownWords }, exportedAt) };
}

export interface MergePreview {
  readonly newProfiles: number;
  readonly knownProfiles: number;
  readonly newUrges: number;
  readonly knownUrges: number;
  readonly newWeekNotes: number;
  readonly newLetters: number;
}

/** What importing would add to the current data, without changing anything. */
export function mergeBackup(current: BackupData, backup: BackupData): { merged: BackupData; preview: MergePreview } {
  const listed = new Set(current.people.flatMap((person) => person.profiles.map((profile) => profile.key)));
  const people = current.people.map((person) => ({ ...person, profiles: [...person.profiles] }));
  let newProfiles = 0;
  let knownProfiles = 0;
  for (const incoming of backup.people) {
    const fresh = incoming.profiles.filter((profile) => !listed.has(profile.key));
    knownProfiles += incoming.profiles.length - fresh.length;
    if (fresh.length === 0) continue;
    for (const profile of fresh) listed.add(profile.key);
    newProfiles += fresh.length;
    const same = people.find((person) => person.id === incoming.id);
    if (same !== undefined) same.profiles.push(...fresh);
    else people.push({ ...incoming, profiles: fresh });
  }

  const known = new Set(current.urges.map((urge) => urge.id));
  const freshUrges = backup.urges.filter((urge) => !known.has(urge.id));
  const weekNotes = { ...current.weekNotes };
  let newWeekNotes = 0;
  for (const [week, note] of Object.entries(backup.weekNotes)) {
    if (weekNotes[week] === undefined || weekNotes[week] === '') {
      if (note !== '') newWeekNotes++;
      weekNotes[week] = note;
    }
  }
  const knownLetters = new Set(current.letters.map((letter) => letter.id));
  const freshLetters = backup.letters.filter((letter) => !knownLetters.has(letter.id));
  // Plans and reasons are added beside the user's own, never over them, up to the limits.
  const knownPlans = new Set(current.ownWords.plans.map((plan) => plan.id));
  const ownWords: OwnWords = {
    plans: [...current.ownWords.plans, ...backup.ownWords.plans.filter((plan) => !knownPlans.has(plan.id))].slice(0, MAX_PLANS),
    reasons: [...current.ownWords.reasons, ...backup.ownWords.reasons.filter((reason) => !current.ownWords.reasons.includes(reason))].slice(0, MAX_REASONS),
  };
  return {
    merged: { people, urges: [...current.urges, ...freshUrges], weekNotes, letters: [...current.letters, ...freshLetters], ownWords },
    preview: { newProfiles, knownProfiles, newUrges: freshUrges.length, knownUrges: backup.urges.length - freshUrges.length, newWeekNotes, newLetters: freshLetters.length },
  };
}
