import { describe, expect, it } from 'vitest';
import { dayOf, weekSince, weeksSince } from '../../lib/breakup';
import { newUrge, type Urge } from '../../lib/urge';

const local = (year: number, month: number, day: number, hour = 12) => new Date(year, month - 1, day, hour).getTime();
const urge = (id: string, time: number, outcome: Urge['outcome'] = 'turned-back') => newUrge({ id, at: time, profileKey: null, source: 'load', outcome });

describe('weeks since the breakup', () => {
  it('counts week 1 from the day itself, and never resets', () => {
    expect(weekSince('2027-03-01', local(2027, 3, 1, 0))).toBe(1);
    expect(weekSince('2027-03-01', local(2027, 3, 7, 23))).toBe(1);
    expect(weekSince('2027-03-01', local(2027, 3, 8, 0))).toBe(2);
    // Across the clock change of 28 March (Europe/Berlin, the tests' zone): still calendar weeks.
    expect(weekSince('2027-03-01', local(2027, 3, 29, 0))).toBe(5);
    expect(weekSince('2027-03-01', local(2027, 5, 9))).toBe(10);
  });

  it('says nothing before the date, without one, or for a date that does not exist', () => {
    expect(weekSince('2027-03-01', local(2027, 2, 28))).toBeNull();
    expect(weekSince(null, local(2027, 3, 1))).toBeNull();
    expect(dayOf('2027-02-30')).toBeNull();
    expect(dayOf('27-2-3')).toBeNull();
    expect(weekSince('2027-02-30', local(2027, 3, 5))).toBeNull();
  });

  it('lists each week since with its urges and how many ended without a look', () => {
    const urges = [
      urge('before', local(2027, 2, 27)),
      urge('a', local(2027, 3, 1, 0)),
      urge('b', local(2027, 3, 3), 'continued'),
      urge('c', local(2027, 3, 8, 0)),
      urge('d', local(2027, 3, 28, 23)),
      urge('e', local(2027, 3, 29, 0, ), 'continued'),
      urge('safety', local(2027, 3, 29), 'safety'),
    ];
    const weeks = weeksSince(urges, '2027-03-01', local(2027, 3, 30));
    expect(weeks.map(({ week, urges: count, turnedBack }) => [week, count, turnedBack])).toEqual([
      [1, 2, 1],
      [2, 1, 1],
      [3, 0, 0],
      [4, 1, 1],
      [5, 1, 0],
    ]);
    expect(weeks[4]!.start).toBe(local(2027, 3, 29, 0));
    expect(weeksSince(urges, null, local(2027, 3, 30))).toEqual([]);
  });
});
