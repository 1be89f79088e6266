/**
 * After the user chooses to continue, a profile is open in every tab for a while, then the pause
 * returns. Allowances are stored as `{ [profileKey]: { grantedAt, expiresAt } }` (ms since the
 * epoch), so they survive the service worker stopping; the clock is always an argument.
 *
 * An allowance never lasts longer than its length, whatever the computer's clock does: one whose
 * start lies in the future (the clock was set back since) or that is longer than any allowance
 * can be has ended. The background also ends each one on a timer that does not follow the clock
 * (allowance-timer.ts).
 */
export interface Allowance {
  readonly grantedAt: number;
  readonly expiresAt: number;
}

export type Allowances = Readonly<Record<string, Allowance>>;

/** The longest allowance the settings offer (allowanceMinutes ≤ 120). */
export const MAX_ALLOWANCE_MS = 120 * 60_000;

const isAllowance = (value: unknown): value is Allowance => {
  if (value === null || typeof value !== 'object') return false;
  const { grantedAt, expiresAt } = value as Record<string, unknown>;
  return typeof grantedAt === 'number' && typeof expiresAt === 'number' && Number.isFinite(grantedAt) && Number.isFinite(expiresAt);
};

const isOpen = ({ grantedAt, expiresAt }: Allowance, now: number): boolean =>
  grantedAt <= now && now < expiresAt && expiresAt - grantedAt <= MAX_ALLOWANCE_MS;

/** Only well-formed allowances open at `now`; anything else in storage is ignored. */
export function activeAllowances(stored: unknown, now: number): Allowances {
  return readAllowances(stored, (allowance) => isOpen(allowance, now));
}

/** The well-formed allowances stored, open or not (`isAllowed` asks about a moment). */
export function readAllowances(stored: unknown, keep: (allowance: Allowance) => boolean = () => true): Allowances {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const found: Record<string, Allowance> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (isAllowance(value) && keep(value)) found[key] = { grantedAt: value.grantedAt, expiresAt: value.expiresAt };
  }
  return found;
}

export function isAllowed(allowances: Allowances, key: string, now: number): boolean {
  const allowance = allowances[key];
  return allowance !== undefined && isOpen(allowance, now);
}

export function grantAllowance(stored: unknown, key: string, now: number, minutes: number): Allowances {
  const length = Math.min(minutes * 60_000, MAX_ALLOWANCE_MS);
  return { ...activeAllowances(stored, now), [key]: { grantedAt: now, expiresAt: now + length } };
}

/** The allowances without these profiles (ended early, or their time is up). */
export function withoutAllowances(stored: unknown, keys: readonly string[], now: number): Allowances {
  const active = { ...activeAllowances(stored, now) };
  for (const key of keys) delete active[key];
  return active;
}

/** When the next allowance ends, to wake the background then; undefined when none is active. */
export function nextExpiry(allowances: Allowances): number | undefined {
  const times = Object.values(allowances).map((allowance) => allowance.expiresAt);
  return times.length === 0 ? undefined : Math.min(...times);
}

/** Whether the stored value holds anything `activeAllowances` would not keep at `now`. */
export function hasEnded(stored: unknown, now: number): boolean {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return stored !== undefined && stored !== null;
  return Object.keys(stored).length !== Object.keys(activeAllowances(stored, now)).length;
}
