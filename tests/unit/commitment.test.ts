import { describe, expect, it } from 'vitest';
import { cancelChange, cancelSettings, dueChanges, nextDue, pendingSetting, personLeaving, requestChange, readPending, splitSettingsChange, waitingFor } from '../../lib/commitment';
import { DEFAULT_SETTINGS } from '../../lib/settings';

const hour = 3_600_000;
const now = Date.UTC(2026, 10, 26, 2); // 2 a.m.

describe('what waits and what is instant', () => {
  const strict = { ...DEFAULT_SETTINGS, strict: true };

  it('tightening applies at once', () => {
    expect(splitSettingsChange(DEFAULT_SETTINGS, { strict: true, allowanceMinutes: 2, breathSteps: [20, 40, 60, 90], coolingOffHours: 48 })).toEqual({
      now: { strict: true, allowanceMinutes: 2, breathSteps: [20, 40, 60, 90], coolingOffHours: 48 },
      later: {},
    });
  });

  it('weakening waits: strict off, longer allowance, shorter breath, shorter cooling-off', () => {
    expect(splitSettingsChange(strict, { strict: false, allowanceMinutes: 15, breathSteps: [5, 10, 20, 30], coolingOffHours: 1, weekStartsOn: 0 })).toEqual({
      now: { weekStartsOn: 0 },
      later: { strict: false, allowanceMinutes: 15, breathSteps: [5, 10, 20, 30], coolingOffHours: 1 },
    });
    // A breath that starts shorter waits even if it grows longer later.
    expect(splitSettingsChange(DEFAULT_SETTINGS, { breathSteps: [5, 60, 120, 180] }).later).toEqual({ breathSteps: [5, 60, 120, 180] });
  });

  it('a schedule for the risky hours starts at once; shortening or removing it waits; the breakup date is never protection', () => {
    const nights = { from: 22, to: 1, strict: true, breathSeconds: 0 };
    expect(splitSettingsChange(DEFAULT_SETTINGS, { schedules: [nights], breakupDate: '2026-10-20' })).toEqual({ now: { schedules: [nights], breakupDate: '2026-10-20' }, later: {} });
    const scheduled = { ...DEFAULT_SETTINGS, schedules: [nights], breakupDate: '2026-10-20' };
    expect(splitSettingsChange(scheduled, { schedules: [{ ...nights, to: 0 }] })).toEqual({ now: {}, later: { schedules: [{ ...nights, to: 0 }] } });
    expect(splitSettingsChange(scheduled, { schedules: [], breakupDate: null })).toEqual({ now: { breakupDate: null }, later: { schedules: [] } });
  });
});

describe('pending changes', () => {
  const opts = (id: string, at = now) => ({ now: at, coolingOffHours: 24, id });

  it('take effect after the cooling-off period, in the order they were asked for', () => {
    let pending = requestChange([], { kind: 'remove-profile', key: 'instagram:someex' }, opts('a'));
    pending = requestChange(pending, { kind: 'pause-protection', hours: 24 }, opts('b', now + hour));
    expect(pending.map((change) => change.effectiveAt)).toEqual([now + 24 * hour, now + 25 * hour]);
    expect(nextDue(pending)).toBe(now + 24 * hour);
    expect(dueChanges(pending, now + 23 * hour).due).toEqual([]);
    const later = dueChanges(pending, now + 26 * hour);
    expect(later.due.map((change) => change.id)).toEqual(['a', 'b']);
    expect(later.waiting).toEqual([]);
  });

  it('asking again does not restart the wait; cancelling removes it', () => {
    const once = requestChange([], { kind: 'remove-profile', key: 'x:someex' }, opts('a'));
    const twice = requestChange(once, { kind: 'remove-profile', key: 'x:someex' }, opts('b', now + 5 * hour));
    expect(twice).toEqual(once);
    expect(cancelChange(twice, 'a')).toEqual([]);
  });

  it('a new settings request for the same setting replaces the waiting one', () => {
    const first = requestChange([], { kind: 'settings', patch: { allowanceMinutes: 10 } }, opts('a'));
    const second = requestChange(first, { kind: 'settings', patch: { allowanceMinutes: 15 } }, opts('b', now + hour));
    expect(second).toEqual([expect.objectContaining({ id: 'b', patch: { allowanceMinutes: 15 }, effectiveAt: now + 25 * hour })]);
  });

  it('asking again for the same setting with the same value keeps the first time', () => {
    const first = requestChange([], { kind: 'settings', patch: { strict: false } }, opts('a'));
    const again = requestChange(first, { kind: 'settings', patch: { strict: false } }, opts('b', now + 5 * hour));
    expect(again).toEqual(first);
    expect(waitingFor(again, { kind: 'settings', patch: { strict: false } })?.id).toBe('a');
    expect(waitingFor(again, { kind: 'settings', patch: { strict: true } })).toBeUndefined();
    expect(waitingFor(again, { kind: 'pause-protection', hours: 1 })).toBeUndefined();
  });

  it('reads a damaged stored queue safely', () => {
    const good = requestChange([], { kind: 'delete-everything' }, opts('a'));
    expect(readPending([...good, null, { id: 'x', kind: 'remove-profile' }, { id: 'y', kind: 'launch-rockets', requestedAt: 1, effectiveAt: 2 }, { id: 'z', kind: 'pause-protection', hours: -1, requestedAt: 1, effectiveAt: 2 }])).toEqual(good);
    expect(readPending('nope')).toEqual([]);
  });
});

describe('a setting that waits, told beside its control', () => {
  const at = (id: string, requestedAt: number, patch: object) => ({ id, kind: 'settings' as const, patch, requestedAt, effectiveAt: requestedAt + 24 * hour });
  const pending = [
    at('a', now, { strict: false, allowanceMinutes: 10 }),
    at('b', now + hour, { allowanceMinutes: 15 }),
    { id: 'c', kind: 'pause-protection' as const, hours: 4, requestedAt: now, effectiveAt: now + 24 * hour },
    { id: 'd', kind: 'remove-person' as const, personId: 'sam', requestedAt: now, effectiveAt: now + 24 * hour },
  ];

  it('finds the value a setting waits to take, the latest request winning', () => {
    expect(pendingSetting(pending, 'strict')).toEqual({ change: pending[0], value: false });
    expect(pendingSetting(pending, 'allowanceMinutes')).toEqual({ change: pending[1], value: 15 });
    expect(pendingSetting(pending, 'breathSteps')).toBeUndefined();
  });

  it('keeps one setting as it is without cancelling the others asked for with it', () => {
    expect(cancelSettings(pending, ['strict'])).toEqual([at('a', now, { allowanceMinutes: 10 }), ...pending.slice(1)]);
    expect(cancelSettings(pending, ['allowanceMinutes'])).toEqual([at('a', now, { strict: false }), ...pending.slice(2)]);
    expect(cancelSettings(pending, ['strict', 'allowanceMinutes'])).toEqual(pending.slice(2));
    expect(cancelSettings(pending, ['coolingOffHours'])).toEqual(pending);
  });

  it('knows whose removal waits', () => {
    expect(personLeaving(pending, 'sam')).toBe(true);
    expect(personLeaving(pending, 'alex')).toBe(false);
  });
});

describe('turning “Keep them out of my feeds” off', () => {
  it('waits, once per person: asking again keeps the first time, another person waits apart', () => {
    const first = requestChange([], { kind: 'feeds-off', personId: 'a' }, { now, coolingOffHours: 24, id: 'f1' });
    const again = requestChange(first, { kind: 'feeds-off', personId: 'a' }, { now: now + hour, coolingOffHours: 24, id: 'f2' });
    expect(again).toEqual([{ kind: 'feeds-off', personId: 'a', id: 'f1', requestedAt: now, effectiveAt: now + 24 * hour }]);
    const other = requestChange(again, { kind: 'feeds-off', personId: 'b' }, { now, coolingOffHours: 24, id: 'f3' });
    expect(other.map((change) => change.id)).toEqual(['f1', 'f3']);
    expect(waitingFor(other, { kind: 'feeds-off', personId: 'b' })?.id).toBe('f3');
    expect(readPending(JSON.parse(JSON.stringify(other)))).toEqual(other);
    expect(readPending([{ kind: 'feeds-off', id: 'x', requestedAt: now, effectiveAt: now }])).toEqual([]);
  });
});
