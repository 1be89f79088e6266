import { describe, expect, it } from 'vitest';
import { newUrge, type Urge } from '../../lib/urge';
import { streaks, summariseSortedWeek, summariseWeek } from '../../lib/week-summary';
import { weekStartForLocale } from '../../lib/week-start';

// TZ is pinned to Europe/Berlin (vitest.config.ts): these are Berlin wall-clock times.
const at = (iso: string) => new Date(iso).getTime();
let n = 0;
const urge = (when: string, fields: Partial<Urge> = {}): Urge =>
  newUrge({ id: `u${++n}`, at: at(when), profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back', ...fields });

describe('summariseWeek', () => {
  it('an empty week has seven empty days', () => {
    const week = summariseWeek([], at('2026-11-26T12:00'), 1);
    expect(week.start).toBe(at('2026-11-23T00:00'));
    expect(week.end).toBe(at('2026-11-30T00:00'));
    expect(week.days).toHaveLength(7);
    expect(week.days.every((day) => day.turnedBack + day.continued === 0)).toBe(true);
    expect(week).toMatchObject({ urges: 0, turnedBack: 0, continued: 0, averageStrength: null, topTriggers: [], perProfile: [] });
    expect(week.previous).toEqual({ urges: 0, turnedBack: 0, averageStrength: null });
  });

  it('a one-urge week', () => {
    const week = summariseWeek([urge('2026-11-24T23:30', { strength: 8, triggers: ['cant-sleep'] })], at('2026-11-26T12:00'), 1);
    expect(week).toMatchObject({ urges: 1, turnedBack: 1, continued: 0, averageStrength: 8 });
    expect(week.days[1]).toMatchObject({ day: at('2026-11-24T00:00'), turnedBack: 1, averageStrength: 8 });
    expect(week.heatmap[1]![23]).toBe(1);
    expect(week.topTriggers).toEqual([{ trigger: 'cant-sleep', count: 1 }]);
  });

  it('counts outcomes (leaving a pause without a look is turning back), triggers, profiles and last week', () => {
    const urges = [
      urge('2026-11-23T08:00', { triggers: ['lonely', 'alcohol'], strength: 4 }),
      urge('2026-11-23T22:00', { outcome: 'continued', triggers: ['lonely'], strength: 9, profileKey: 'x:someex' }),
      urge('2026-11-25T12:00', { outcome: 'undecided', triggers: ['bored'] }),
      urge('2026-11-29T23:59', { triggers: ['lonely'], strength: 5 }),
      urge('2026-11-30T00:00'), // next week
      urge('2026-11-20T10:00', { outcome: 'continued', strength: 8 }), // last week
      urge('2026-11-21T10:00', { strength: 6 }),
      urge('2026-11-10T10:00'), // two weeks ago: in neither
    ];
    const week = summariseWeek(urges, at('2026-11-26T12:00'), 1);
    expect(week).toMatchObject({ urges: 4, turnedBack: 3, continued: 1, averageStrength: 6 });
    expect(week.topTriggers).toEqual([
      { trigger: 'lonely', count: 3 },
      { trigger: 'alcohol', count: 1 },
      { trigger: 'bored', count: 1 },
    ]);
    expect(week.perProfile).toEqual([
      { key: 'instagram:someex', count: 3 },
      { key: 'x:someex', count: 1 },
    ]);
    expect(week.days.map((day) => day.turnedBack + day.continued)).toEqual([2, 0, 1, 0, 0, 0, 1]);
    expect(week.previous).toEqual({ urges: 2, turnedBack: 1, averageStrength: 7 });
  });

  it('keeps days whole in the week the clocks go back, and files each urge by its wall clock', () => {
    // Sunday 25 October 2026 has 25 hours in Berlin; the week starts Monday 19 October.
    const urges = [urge('2026-10-25T23:30'), urge('2026-10-25T02:30'), urge('2026-10-26T00:10')];
    const week = summariseWeek(urges, at('2026-10-25T12:00'), 1);
    expect(week.days.map((day) => day.day)).toEqual(
      ['19', '20', '21', '22', '23', '24', '25'].map((d) => at(`2026-10-${d}T00:00`)),
    );
    expect(week.end).toBe(at('2026-10-26T00:00'));
    expect(week.days[6]).toMatchObject({ turnedBack: 2 });
    expect(week.urges).toBe(2);
    expect(week.heatmap[6]![23]).toBe(1);
  });

  it('and in the week the clocks go forward', () => {
    // Sunday 29 March 2026 has 23 hours; with weeks starting on Sunday it is the first day.
    const week = summariseWeek([urge('2026-03-29T23:30'), urge('2026-03-30T00:30')], at('2026-03-31T12:00'), 0);
    expect(week.start).toBe(at('2026-03-29T00:00'));
    expect(week.days[0]).toMatchObject({ turnedBack: 1 });
    expect(week.days[1]).toMatchObject({ turnedBack: 1 });
  });

  it('browses back week by week', () => {
    const week = summariseWeek([urge('2026-11-17T09:00')], at('2026-11-26T12:00'), 1, 1);
    expect(week.start).toBe(at('2026-11-16T00:00'));
    expect(week.urges).toBe(1);
  });

  it('files an urge by the wall clock of the zone the browser is in', () => {
    // Stored times are instants: 23:30 on Tuesday in Berlin is 17:30 the same day in New York,
    // and 07:30 on Wednesday in Tokyo.
    const late = urge('2026-11-24T23:30');
    const dayOf = () => summariseWeek([late], late.at, 1).days.findIndex((day) => day.turnedBack === 1);
    const hourOf = () => summariseWeek([late], late.at, 1).heatmap.flat().findIndex((cell) => cell === 1) % 24;
    try {
      process.env.TZ = 'America/New_York';
      expect([dayOf(), hourOf()]).toEqual([1, 17]);
      process.env.TZ = 'Asia/Tokyo';
      expect([dayOf(), hourOf()]).toEqual([2, 7]);
    } finally {
      process.env.TZ = 'Europe/Berlin';
    }
    expect([dayOf(), hourOf()]).toEqual([1, 23]);
  });

  it('gives the same week from sorted urges by binary search as from a full scan', () => {
    const urges = Array.from({ length: 5000 }, (_, i) => urge(new Date(at('2026-09-01T00:00') + i * 1_800_000).toISOString(), { outcome: i % 3 === 0 ? 'continued' : 'turned-back', strength: (i % 10) + 1, triggers: i % 2 ? ['lonely'] : [] }));
    for (const weeksAgo of [0, 1, 5, 12]) {
      expect(summariseSortedWeek(urges, at('2026-11-26T12:00'), 1, weeksAgo)).toEqual(summariseWeek(urges, at('2026-11-26T12:00'), 1, weeksAgo));
    }
    expect(summariseSortedWeek([], at('2026-11-26T12:00'), 1).urges).toBe(0);
  });

  it('summarises 100,000 urges', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      newUrge({ id: `m${i}`, at: at('2026-11-23T00:00') + (i % 604_800) * 1000, profileKey: 'instagram:someex', source: 'load', outcome: i % 3 === 0 ? 'continued' : 'turned-back', strength: (i % 10) + 1 }),
    );
    const week = summariseWeek(many, at('2026-11-26T12:00'), 1);
    expect(week.urges).toBe(100_000);
    expect(week.continued).toBe(33_334);
    expect(week.days.reduce((sum, day) => sum + day.turnedBack + day.continued, 0)).toBe(100_000);
    expect(week.averageStrength).toBeCloseTo(5.5);
  });
});

describe('streaks', () => {
  const now = at('2026-11-26T12:00');

  it('with nothing logged, there is nothing to count yet', () => {
    expect(streaks([], now)).toEqual({ daysSinceLooked: null, longestRun: 0, turnedBackTotal: 0 });
  });

  it('a look starts a new run but never takes away the times the user turned back, or the longest run', () => {
    const urges = [
      urge('2026-11-01T10:00'),
      urge('2026-11-02T10:00'),
      urge('2026-11-12T10:00', { outcome: 'continued' }), // 11 days after the first urge
      urge('2026-11-15T10:00'),
      urge('2026-11-24T10:00', { outcome: 'continued' }), // 12 days after the last look
      urge('2026-11-25T10:00'),
      urge('2026-11-25T11:00', { outcome: 'undecided' }),
    ];
    // The pause left without a look counts as turned back too.
    expect(streaks(urges, now)).toEqual({ daysSinceLooked: 2, longestRun: 12, turnedBackTotal: 5 });
  });
});

describe('weekStartForLocale', () => {
  it('follows the user’s calendar', () => {
    expect(weekStartForLocale('en-US')).toBe(0);
    expect(weekStartForLocale('de-DE')).toBe(1);
    expect(weekStartForLocale('en-GB')).toBe(1);
    expect(weekStartForLocale('ar-EG')).toBe(6);
    expect(weekStartForLocale('not a locale!')).toBe(1);
  });
});
