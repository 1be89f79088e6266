import * as v from 'valibot';
import { weakensSchedules } from './schedule';
import { type Settings, SettingsPatchSchema } from './settings';

/*
 * Commitment: adding protection is instant; weakening it waits out a cooling-off period, so a
 * decision made at 2 a.m. is still there, or not, the next day. Pure functions: the clock is an
 * argument, and the background is the one place that applies what has come due.
 */

export const COOLING_OFF_CHOICES_HOURS = [1, 12, 24, 48, 72, 168] as const;
export const DEFAULT_COOLING_OFF_HOURS = 24;

const when = v.pipe(v.number(), v.finite());
const base = { id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)), requestedAt: when, effectiveAt: when };

/** A weakening the user asked for, waiting until `effectiveAt`: one schema, the type from it. */
const PendingSchema = v.variant('kind', [
  v.object({ ...base, kind: v.literal('remove-profile'), key: v.string() }),
  v.object({ ...base, kind: v.literal('remove-person'), personId: v.string() }),
  v.object({ ...base, kind: v.literal('settings'), patch: SettingsPatchSchema }),
  v.object({ ...base, kind: v.literal('pause-protection'), hours: v.pipe(v.number(), v.gtValue(0), v.maxValue(24 * 30)) }),
  v.object({ ...base, kind: v.literal('delete-everything') }),
  // "Pause searches for them" turned off, or one of its terms removed (lib/person-search.ts).
  v.object({ ...base, kind: v.literal('search-off'), personId: v.string() }),
  v.object({ ...base, kind: v.literal('remove-search-term'), personId: v.string(), term: v.string() }),
  // "Keep them out of my feeds" turned off for one person (lib/people.ts hideInFeeds).
  v.object({ ...base, kind: v.literal('feeds-off'), personId: v.string() }),
]);

export type PendingChange = v.InferOutput<typeof PendingSchema>;

export type ChangeRequest = PendingChange extends infer C ? (C extends PendingChange ? Omit<C, 'id' | 'requestedAt' | 'effectiveAt'> : never) : never;

const sum = (steps: readonly number[]) => steps.reduce((total, step) => total + step, 0);

/**
 * Splits a settings change into what tightens or changes nothing (applied now) and what weakens
 * protection (waits): turning strict mode off, a longer allowance, a shorter breath, a shorter
 * cooling-off period, a schedule shortened, softened or removed.
 */
export function splitSettingsChange(current: Settings, patch: Partial<Settings>): { now: Partial<Settings>; later: Partial<Settings> } {
  const now: Record<string, unknown> = {};
  const later: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch) as [keyof Settings, unknown][]) {
    const weakens =
      (field === 'strict' && current.strict && value === false) ||
      (field === 'allowanceMinutes' && (value as number) > current.allowanceMinutes) ||
      (field === 'breathSteps' &&
        (sum(value as number[]) < sum(current.breathSteps) || ((value as number[])[0] ?? 0) < (current.breathSteps[0] ?? 0))) ||
      (field === 'coolingOffHours' && (value as number) < current.coolingOffHours) ||
      (field === 'schedules' && weakensSchedules(current.schedules, value as Settings['schedules']));
    (weakens ? later : now)[field] = value;
  }
  return { now: now as Partial<Settings>, later: later as Partial<Settings> };
}

/**
 * Queues a weakening; asking again for the same thing keeps the first request's time. A settings
 * request for other values of the same settings replaces the waiting one, and waits afresh.
 */
export function requestChange(
  pending: readonly PendingChange[],
  request: ChangeRequest,
  { now, coolingOffHours, id }: { now: number; coolingOffHours: number; id: string },
): PendingChange[] {
  const same = pending.find((change) => sameTarget(change, request));
  if (same !== undefined && (request.kind !== 'settings' || sameValues(same, request.patch))) return [...pending];
  const change = { ...request, id, requestedAt: now, effectiveAt: now + coolingOffHours * 3_600_000 } as PendingChange;
  return [...pending.filter((other) => other !== same), change];
}

/** The waiting change that answers `request` (after `requestChange`), if there is one. */
export function waitingFor(pending: readonly PendingChange[], request: ChangeRequest): PendingChange | undefined {
  return pending.find((change) => sameTarget(change, request) && (request.kind !== 'settings' || sameValues(change, request.patch)));
}

function sameTarget(change: PendingChange, request: ChangeRequest): boolean {
  if (change.kind !== request.kind) return false;
  switch (request.kind) {
    case 'remove-profile':
      return change.kind === 'remove-profile' && change.key === request.key;
    case 'remove-person':
      return change.kind === 'remove-person' && change.personId === request.personId;
    case 'search-off':
      return change.kind === 'search-off' && change.personId === request.personId;
    case 'remove-search-term':
      return change.kind === 'remove-search-term' && change.personId === request.personId && change.term === request.term;
    case 'feeds-off':
      return change.kind === 'feeds-off' && change.personId === request.personId;
    case 'settings':
      // A new settings request replaces the pending one for the same fields.
      return change.kind === 'settings' && Object.keys(request.patch).every((field) => field in change.patch);
    default:
      return true;
  }
}

/** Whether this person's removal is waiting: they are leaving, so no profile should join them. */
export function personLeaving(pending: readonly PendingChange[], personId: string): boolean {
  return pending.some((change) => change.kind === 'remove-person' && change.personId === personId);
}

export function cancelChange(pending: readonly PendingChange[], id: string): PendingChange[] {
  return pending.filter((change) => change.id !== id);
}

type SettingsChange = Extract<PendingChange, { kind: 'settings' }>;

function sameValues(change: PendingChange, patch: Partial<Settings>): boolean {
  if (change.kind !== 'settings') return false;
  const waiting = change.patch as Partial<Settings>;
  return (Object.keys(patch) as (keyof Settings)[]).every((field) => JSON.stringify(waiting[field]) === JSON.stringify(patch[field]));
}

/**
 * The value a setting waits to take, with its change, if one waits: what the note beside that
 * setting's control tells. The latest request wins where several name the same setting.
 */
export function pendingSetting<F extends keyof Settings>(
  pending: readonly PendingChange[],
  field: F,
): { readonly change: SettingsChange; readonly value: Settings[F] } | undefined {
  let found: SettingsChange | undefined;
  for (const change of pending) {
    if (change.kind === 'settings' && field in change.patch && (found === undefined || change.requestedAt >= found.requestedAt)) found = change;
  }
  return found === undefined ? undefined : { change: found, value: (found.patch as Partial<Settings>)[field] as Settings[F] };
}

/**
 * Takes these settings out of every waiting settings change (a change left with none goes):
 * "Keep it on" beside one control keeps that setting, not others asked for in the same change,
 * and a setting applied at once needs no loosening of it to follow.
 */
export function cancelSettings(pending: readonly PendingChange[], fields: readonly (keyof Settings)[]): PendingChange[] {
  return pending.flatMap((change) => {
    if (change.kind !== 'settings' || !fields.some((field) => field in change.patch)) return [change];
    const patch = Object.fromEntries(Object.entries(change.patch).filter(([field]) => !fields.includes(field as keyof Settings)));
    return Object.keys(patch).length === 0 ? [] : [{ ...change, patch }];
  });
}

/** Which changes have come due, in the order they were asked for, and which still wait. */
export function dueChanges(pending: readonly PendingChange[], now: number): { due: PendingChange[]; waiting: PendingChange[] } {
  const due = pending.filter((change) => change.effectiveAt <= now).sort((a, b) => a.requestedAt - b.requestedAt);
  return { due, waiting: pending.filter((change) => change.effectiveAt > now) };
}

export function nextDue(pending: readonly PendingChange[]): number | undefined {
  return pending.length === 0 ? undefined : Math.min(...pending.map((change) => change.effectiveAt));
}

/** Reads the stored queue, keeping only well-formed entries. */
export function readPending(stored: unknown): PendingChange[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const change = v.safeParse(PendingSchema, entry);
    return change.success ? [change.output as PendingChange] : [];
  });
}
