import * as v from 'valibot';
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
]);

export type PendingChange = v.InferOutput<typeof PendingSchema>;

export type ChangeRequest = PendingChange extends infer C ? (C extends PendingChange ? Omit<C, 'id' | 'requestedAt' | 'effectiveAt'> : never) : never;

const sum = (steps: readonly number[]) => steps.reduce((total, step) => total + step, 0);

/**
 * Splits a settings change into what tightens or changes nothing (applied now) and what weakens
 * protection (waits): turning strict mode off, a longer allowance, a shorter breath, a shorter
 * cooling-off period.
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
      (field === 'coolingOffHours' && (value as number) < current.coolingOffHours);
    (weakens ? later : now)[field] = value;
  }
  return { now: now as Partial<Settings>, later: later as Partial<Settings> };
}

/** Queues a weakening; asking again for the same thing keeps the first request's time. */
export function requestChange(
  pending: readonly PendingChange[],
  request: ChangeRequest,
  { now, coolingOffHours, id }: { now: number; coolingOffHours: number; id: string },
): PendingChange[] {
  const same = pending.find((change) => sameTarget(change, request));
  if (same !== undefined && request.kind !== 'settings') return [...pending];
  const change = { ...request, id, requestedAt: now, effectiveAt: now + coolingOffHours * 3_600_000 } as PendingChange;
  return [...pending.filter((other) => other !== same), change];
}

function sameTarget(change: PendingChange, request: ChangeRequest): boolean {
  if (change.kind !== request.kind) return false;
  switch (request.kind) {
    case 'remove-profile':
      return change.kind === 'remove-profile' && change.key === request.key;
    case 'remove-person':
      return change.kind === 'remove-person' && change.personId === request.personId;
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
