/**
 * After the user chooses to continue, a profile is open in every tab for a while, then the pause
 * returns. Allowances are stored as `{ [profileKey]: expiresAt }` (ms since the epoch), so they
 * survive the service worker stopping; the clock is always an argument.
 */
export type Allowances = Readonly<Record<string, number>>;

/** Only well-formed, unexpired entries; anything else in storage is ignored. */
export function activeAllowances(stored: unknown, now: number): Allowances {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const active: Record<string, number> = {};
  for (const [key, expiresAt] of Object.entries(stored)) {
    if (typeof expiresAt === 'number' && Number.isFinite(expiresAt) && expiresAt > now) active[key] = expiresAt;
  }
  return active;
}

export function isAllowed(allowances: Allowances, key: string, now: number): boolean {
  const expiresAt = allowances[key];
  return expiresAt !== undefined && expiresAt > now;
}

export function grantAllowance(stored: unknown, key: string, now: number, minutes: number): Allowances {
  return { ...activeAllowances(stored, now), [key]: now + minutes * 60_000 };
}

/** When the next allowance ends, to wake the background then; undefined when none is active. */
export function nextExpiry(allowances: Allowances): number | undefined {
  const times = Object.values(allowances);
  return times.length === 0 ? undefined : Math.min(...times);
}
