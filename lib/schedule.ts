import * as v from 'valibot';
import { inHours } from './own-words';

/*
 * A stricter pause at the hours that are hardest for this user (found in their own log, see
 * risky-hours.ts): from one hour to another, strict mode or a longer breath. Like every setting
 * that protects, adding a schedule takes effect at once, while shortening or removing one waits
 * out the cooling-off (`weakensSchedules`).
 */

export const MAX_SCHEDULES = 3;
const hour = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23));

export const ScheduleSchema = v.pipe(
  v.object({
    /** From `from` o'clock up to (not including) `to` o'clock; past midnight when `to` < `from`. */
    from: hour,
    to: hour,
    /** Strict mode in these hours: the pause offers no way to continue. */
    strict: v.boolean(),
    /** At least this many seconds of breath in these hours (0: the usual breath). */
    breathSeconds: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
  }),
  v.check(({ from, to }) => from !== to, 'A schedule runs from one hour to another.'),
);
export type Schedule = v.InferOutput<typeof ScheduleSchema>;

export const SchedulesSchema = v.pipe(v.array(ScheduleSchema), v.maxLength(MAX_SCHEDULES));

/** What the schedules add to the pause at a given hour (0–23). */
export interface Tightening {
  readonly strict: boolean;
  readonly breathSeconds: number;
}

export function tighteningAt(schedules: readonly Schedule[], hourOfDay: number): Tightening {
  let strict = false;
  let breathSeconds = 0;
  for (const schedule of schedules) {
    if (!inHours(hourOfDay, schedule.from, schedule.to)) continue;
    strict ||= schedule.strict;
    breathSeconds = Math.max(breathSeconds, schedule.breathSeconds);
  }
  return { strict, breathSeconds };
}

/** Whether going from `current` to `next` leaves any hour less protected than it was. */
export function weakensSchedules(current: readonly Schedule[], next: readonly Schedule[]): boolean {
  for (let hourOfDay = 0; hourOfDay < 24; hourOfDay++) {
    const before = tighteningAt(current, hourOfDay);
    const after = tighteningAt(next, hourOfDay);
    if ((before.strict && !after.strict) || after.breathSeconds < before.breathSeconds) return true;
  }
  return false;
}

/** Hours a schedule covers (1–23). */
export const scheduleLength = ({ from, to }: Pick<Schedule, 'from' | 'to'>): number => (to - from + 24) % 24;

/** The local hour (0–23) of a moment. */
export const hourOf = (at: number): number => new Date(at).getHours();

/** The pause at `now`: strict when the settings or a schedule for this hour say so; the breath at least as long as a schedule asks. */
export function pauseAt(settings: { readonly strict: boolean; readonly schedules: readonly Schedule[] }, breathSeconds: number, now: number): { strict: boolean; breathSeconds: number } {
  const tightening = tighteningAt(settings.schedules, hourOf(now));
  return { strict: settings.strict || tightening.strict, breathSeconds: Math.max(breathSeconds, tightening.breathSeconds) };
}
