import { describe, expect, it } from 'vitest';
import { addDays, startOfWeek } from '../../../lib/calendar';
import { addHidden, dayKey, hiddenInWeek, KEEP_DAYS, readHiddenCounts } from '../../../lib/hidden-counts';

// Fixed moments in the tests' zone (Europe/Berlin), one of them in the week the clocks go forward.
const thursday = new Date('2026-11-26T21:00:00').getTime();
const springForward = new Date('2027-03-28T12:00:00').getTime();

describe('how many of their things were kept out of sight, per day', () => {
  it('adds to the day it happens on, in local time', () => {
    const counts = addHidden(addHidden({}, 3, thursday), 2, thursday + 60_000);
    expect(counts).toEqual({ '2026-11-26': 5 });
    expect(addHidden(counts, 1, new Date('2026-11-27T00:30:00').getTime())).toEqual({ '2026-11-26': 5, '2026-11-27': 1 });
  });

  it(`keeps ${KEEP_DAYS} days, and never a count that is not one`, () => {
    const old = { [dayKey(addDays(thursday, -KEEP_DAYS - 1))]: 9, [dayKey(addDays(thursday, -KEEP_DAYS))]: 4 };
    expect(addHidden(old, 1, thursday)).toEqual({ [dayKey(addDays(thursday, -KEEP_DAYS))]: 4, '2026-11-26': 1 });
    for (const bad of [0, -1, 1.5, Number.NaN, 10_001]) expect(addHidden({}, bad, thursday)).toEqual({});
    expect(readHiddenCounts({ '2026-11-26': 2, yesterday: 3, '2026-11-25': -1, '2026-11-24': 'x' })).toEqual({ '2026-11-26': 2 });
    expect(readHiddenCounts(['x'])).toEqual({});
  });

  it('gives each day of a week with its count, across a change of the clocks', () => {
    const monday = startOfWeek(springForward, 1);
    const counts = { '2027-03-22': 1, '2027-03-28': 4, '2027-03-29': 7 };
    const week = hiddenInWeek(counts, monday);
    expect(week.days.map(({ count }) => count)).toEqual([1, 0, 0, 0, 0, 0, 4]);
    expect(week.days.map(({ day }) => dayKey(day))).toEqual(['2027-03-22', '2027-03-23', '2027-03-24', '2027-03-25', '2027-03-26', '2027-03-27', '2027-03-28']);
    expect(week.total).toBe(5);
  });
});
