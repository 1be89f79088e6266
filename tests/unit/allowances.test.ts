import { describe, expect, it } from 'vitest';
import { activeAllowances, grantAllowance, hasEnded, isAllowed, nextExpiry, withoutAllowances } from '../../lib/allowances';

const now = Date.UTC(2026, 10, 26, 21, 0);
const minute = 60_000;

describe('allowances', () => {
  it('opens a profile for the chosen minutes, then closes it', () => {
    const granted = grantAllowance({}, 'instagram:someex', now, 5);
    expect(isAllowed(granted, 'instagram:someex', now + 4 * minute)).toBe(true);
    expect(isAllowed(granted, 'instagram:someex', now + 5 * minute)).toBe(false);
    expect(isAllowed(granted, 'x:someex', now)).toBe(false);
  });

  it('ends at once when the clock is set back after "Continue": never longer than its length', () => {
    const granted = grantAllowance({}, 'instagram:someex', now, 5);
    // One minute in, the clock jumps back a day: the 5 minutes would otherwise last a day.
    expect(isAllowed(granted, 'instagram:someex', now + minute - 24 * 60 * minute)).toBe(false);
    expect(activeAllowances(granted, now - 1)).toEqual({});
    expect(hasEnded(granted, now - 1)).toBe(true);
  });

  it('never holds more than the longest allowance the settings offer, whatever is stored', () => {
    expect(activeAllowances({ 'x:someex': { grantedAt: now - minute, expiresAt: now + 24 * 60 * minute } }, now)).toEqual({});
    expect(grantAllowance({}, 'x:someex', now, 10_000)['x:someex']).toEqual({ grantedAt: now, expiresAt: now + 120 * minute });
  });

  it('forgets ended allowances, the old stored shape and anything malformed', () => {
    const stored = {
      'instagram:someex': { grantedAt: now - 6 * minute, expiresAt: now - 1 },
      'x:someex': { grantedAt: now - minute, expiresAt: now + minute },
      'tiktok:a': now + minute,
      'tiktok:b': { grantedAt: 'soon', expiresAt: Number.NaN },
    };
    expect(activeAllowances(stored, now)).toEqual({ 'x:someex': { grantedAt: now - minute, expiresAt: now + minute } });
    expect(hasEnded(stored, now)).toBe(true);
    expect(activeAllowances('garbage', now)).toEqual({});
    expect(activeAllowances(null, now)).toEqual({});
    expect(activeAllowances([1, 2], now)).toEqual({});
  });

  it('ends chosen allowances early, keeping the others', () => {
    const both = grantAllowance(grantAllowance({}, 'a:a', now, 5), 'x:someex', now, 5);
    expect(Object.keys(withoutAllowances(both, ['a:a'], now + minute))).toEqual(['x:someex']);
  });

  it('wakes the background at the first allowance to end', () => {
    expect(nextExpiry({})).toBeUndefined();
    expect(nextExpiry({ a: { grantedAt: now, expiresAt: now + 3 * minute }, b: { grantedAt: now, expiresAt: now + minute } })).toBe(now + minute);
  });
});
