import { describe, expect, it } from 'vitest';
import { cancelChange, dueChanges, nextDue, personLeaving, requestChange, readPending, splitSettingsChange } from '../../lib/commitment';
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

  it('reads a damaged stored queue safely', () => {
    const good = requestChange([], { kind: 'delete-everything' }, opts('a'));
    expect(readPending([...good, null, { id: 'x', kind: 'remove-profile' }, { id: 'y', kind: 'launch-rockets', requestedAt: 1, effectiveAt: 2 }, { id: 'z', kind: 'pause-protection', hours: -1, requestedAt: 1, effectiveAt: 2 }])).toEqual(good);
    expect(readPending('nope')).toEqual([]);
  });
});

describe('people leaving the list', () => {
  it('knows whose removal waits, so no profile joins them', () => {
    const pending = requestChange([], { kind: 'remove-person', personId: 'sam' }, { now, coolingOffHours: 24, id: 'a' });
    expect(personLeaving(pending, 'sam')).toBe(true);
    expect(personLeaving(pending, 'alex')).toBe(false);
  });
});
