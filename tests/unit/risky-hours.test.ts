import { describe, expect, it } from 'vitest';
import { riskyHours } from '../../lib/risky-hours';
import { newUrge, type Trigger, type Urge } from '../../lib/urge';

// Local times in the tests' zone (Europe/Berlin), which moves its clocks on 28 March 2027.
const at = (day: number, hour: number, minute = 10) => new Date(2027, 2, day, hour, minute).getTime();
const urge = (id: string, time: number, triggers: Trigger[] = [], outcome: Urge['outcome'] = 'turned-back') =>
  newUrge({ id, at: time, profileKey: 'instagram:someex', source: 'load', triggers, outcome });

describe('the user’s risky hours', () => {
  it('names the hours most urges came in, past midnight, over a week with a clock change', () => {
    const now = at(31, 12);
    const urges = [
      // Nights of 24–30 March, either side of the change on the 28th.
      urge('a', at(24, 22), ['cant-sleep']),
      urge('b', at(25, 23), ['cant-sleep'], 'continued'),
      urge('c', at(26, 0, 30), ['cant-sleep']),
      urge('d', at(27, 23), ['lonely']),
      urge('e', at(28, 0, 40), ['cant-sleep']),
      // 03:30 on the 28th exists (02:00–03:00 does not): it is not in the 22–1 span.
      urge('f', at(28, 3, 30)),
      urge('g', at(29, 22, 50), ['cant-sleep'], 'continued'),
      urge('h', at(30, 14)),
    ];
    expect(riskyHours(urges, now)).toEqual({
      from: 22,
      to: 1,
      count: 6,
      total: 8,
      trigger: { trigger: 'cant-sleep', urges: 5, turnedBack: 3 },
    });
  });

  it('trims empty hours off the span', () => {
    const urges = Array.from({ length: 6 }, (_, i) => urge(`u${i}`, at(20 + i, 23, 5)));
    expect(riskyHours(urges, at(31, 12))).toMatchObject({ from: 23, to: 0, count: 6, total: 6, trigger: null });
  });

  it('names nothing for a few urges, or urges spread over the day', () => {
    expect(riskyHours([urge('a', at(30, 23)), urge('b', at(30, 22))], at(31, 12))).toBeNull();
    const spread = Array.from({ length: 12 }, (_, i) => urge(`u${i}`, at(20 + (i % 10), i * 2)));
    expect(riskyHours(spread, at(31, 12))).toBeNull();
  });

  it('looks at the last four weeks only, and never at safety checks', () => {
    const old = Array.from({ length: 10 }, (_, i) => urge(`old${i}`, new Date(2027, 0, 10 + i, 23).getTime()));
    expect(riskyHours(old, at(31, 12))).toBeNull();
    const safety = Array.from({ length: 10 }, (_, i) => urge(`s${i}`, at(20 + i, 23), [], 'safety'));
    expect(riskyHours(safety, at(31, 12))).toBeNull();
  });
});
