import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { type Schedule, SchedulesSchema, scheduleLength, tighteningAt, weakensSchedules } from '../../lib/schedule';

const nights: Schedule = { from: 22, to: 1, strict: false, breathSeconds: 60 };
const strictNights: Schedule = { from: 23, to: 2, strict: true, breathSeconds: 0 };

describe('a stricter pause in the risky hours', () => {
  it('adds its strictness and breath only inside its hours, across midnight', () => {
    expect(tighteningAt([nights], 21)).toEqual({ strict: false, breathSeconds: 0 });
    expect(tighteningAt([nights], 22)).toEqual({ strict: false, breathSeconds: 60 });
    expect(tighteningAt([nights], 0)).toEqual({ strict: false, breathSeconds: 60 });
    expect(tighteningAt([nights], 1)).toEqual({ strict: false, breathSeconds: 0 });
    expect(tighteningAt([nights, strictNights], 0)).toEqual({ strict: true, breathSeconds: 60 });
  });

  it('adding or lengthening a schedule tightens at once; shortening, softening or removing one waits', () => {
    expect(weakensSchedules([], [nights])).toBe(false);
    expect(weakensSchedules([nights], [{ ...nights, from: 21 }])).toBe(false);
    expect(weakensSchedules([nights], [{ ...nights, breathSeconds: 120 }])).toBe(false);
    expect(weakensSchedules([nights], [])).toBe(true);
    expect(weakensSchedules([nights], [{ ...nights, to: 0 }])).toBe(true);
    expect(weakensSchedules([nights], [{ ...nights, breathSeconds: 30 }])).toBe(true);
    expect(weakensSchedules([strictNights], [{ ...strictNights, strict: false, breathSeconds: 600 }])).toBe(true);
    // Covered by another schedule after the change: no hour loses anything.
    expect(weakensSchedules([nights, { ...nights, from: 23 }], [nights])).toBe(false);
  });

  it('reads only schedules that run from one hour to another', () => {
    expect(v.safeParse(SchedulesSchema, [nights]).success).toBe(true);
    expect(v.safeParse(SchedulesSchema, [{ ...nights, to: 22 }]).success).toBe(false);
    expect(v.safeParse(SchedulesSchema, [{ ...nights, from: 24 }]).success).toBe(false);
    expect(v.safeParse(SchedulesSchema, [nights, nights, nights, nights]).success).toBe(false);
    expect(scheduleLength(nights)).toBe(3);
  });
});
