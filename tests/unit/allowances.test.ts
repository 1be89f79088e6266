import { describe, expect, it } from 'vitest';
import { activeAllowances, grantAllowance, isAllowed, nextExpiry } from '../../lib/allowances';

const now = Date.UTC(2026, 10, 26, 21, 0);
const minute = 60_000;

describe('allowances', () => {
  it('opens a profile for the chosen minutes, then closes it', () => {
    const granted = grantAllowance({}, 'instagram:someex', now, 5);
    expect(isAllowed(granted, 'instagram:someex', now + 4 * minute)).toBe(true);
    expect(isAllowed(granted, 'instagram:someex', now + 5 * minute)).toBe(false);
    expect(isAllowed(granted, 'x:someex', now)).toBe(false);
  });

  it('forgets ended allowances and anything malformed', () => {
    const stored = { 'instagram:someex': now - 1, 'x:someex': now + minute, 'tiktok:a': 'soon', 'tiktok:b': Number.NaN };
    expect(activeAllowances(stored, now)).toEqual({ 'x:someex': now + minute });
    expect(activeAllowances('garbage', now)).toEqual({});
    expect(activeAllowances(null, now)).toEqual({});
    expect(activeAllowances([1, 2], now)).toEqual({});
  });

  it('wakes the background at the first allowance to end', () => {
    expect(nextExpiry({})).toBeUndefined();
    expect(nextExpiry({ a: now + 3 * minute, b: now + minute })).toBe(now + minute);
  });
});
