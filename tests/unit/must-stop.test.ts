import { describe, expect, it } from 'vitest';
import { listedKeys, mustStop, readStopState } from '../../lib/must-stop';

describe('listedKeys', () => {
  it('reads every valid key of every person', () => {
    const stored = [
      { id: 'a', profiles: [{ key: 'instagram:someex' }, { key: 'x:someex' }] },
      { id: 'b', profiles: [{ key: 'tiktok:newpartner' }] },
    ];
    expect(listedKeys(stored)).toEqual(new Set(['instagram:someex', 'x:someex', 'tiktok:newpartner']));
  });

  it('tolerates any shape without throwing, keeping what is valid', () => {
    expect(listedKeys(undefined)).toEqual(new Set());
    expect(listedKeys({ people: [] })).toEqual(new Set());
    expect(listedKeys([null, 1, 'x', { profiles: 'no' }, { profiles: [null, { key: 7 }, { key: 'instagram:Bad Key' }, { key: 'x:ok' }] }])).toEqual(
      new Set(['x:ok']),
    );
  });
});

describe('mustStop: the one answer for the guard, the background and the pause page', () => {
  const now = Date.UTC(2026, 10, 26, 20);
  const people = [{ id: 'a', profiles: [{ key: 'instagram:someex' }] }];
  const state = (allowances: unknown = {}, settings: unknown = {}) => readStopState({ people, allowances, settings });

  it('stops a listed profile, and nothing else', () => {
    expect(mustStop('instagram:someex', state(), now)).toBe(true);
    expect(mustStop('instagram:someone_else', state(), now)).toBe(false);
    expect(mustStop(null, state(), now)).toBe(false);
  });

  it('lets it through while its allowance is open, and stops it again once it has ended', () => {
    const open = state({ 'instagram:someex': { grantedAt: now - 60_000, expiresAt: now + 60_000 } });
    expect(mustStop('instagram:someex', open, now)).toBe(false);
    expect(mustStop('instagram:someex', open, now + 60_000)).toBe(true);
  });

  it('lets everything through while protection is paused, and stops again when the pause ends', () => {
    const paused = state({}, { pausedUntil: now + 3_600_000 });
    expect(mustStop('instagram:someex', paused, now)).toBe(false);
    expect(mustStop('instagram:someex', paused, now + 3_600_000)).toBe(true);
  });
});
