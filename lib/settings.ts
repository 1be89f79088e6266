import * as v from 'valibot';
import { BreakupDateSchema } from './breakup';
import type { Weekday } from './calendar';
import { SchedulesSchema } from './schedule';

/*
 * The user's settings: one schema, from which the type comes, with a default for each field. A
 * stored value is read field by field: a field that is missing or unusable (an older version, a
 * hand edit) falls back to its default alone, never the others.
 */

const weekday = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)) as v.GenericSchema<number, Weekday>;

/** Each field as it must be: a change waiting out its cooling-off is checked against these. */
const fields = {
  /** How long a profile stays open after the user chooses to continue (minutes). */
  allowanceMinutes: v.pipe(v.number(), v.minValue(1), v.maxValue(120)),
  /** Seconds of breath for the 1st, 2nd, 3rd… pause of a day; the last one repeats. */
  breathSteps: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(600))), v.minLength(1), v.maxLength(10)),
  /** Strict mode: the pause screen offers no way to continue. */
  strict: v.boolean(),
  /** The week's first day (0 = Sunday), or 'locale' to follow the browser's language. */
  weekStartsOn: v.union([v.literal('locale'), weekday]),
  /** The weekly summary notification: on or off, and when (local weekday and hour). */
  weeklyNotification: v.object({ enabled: v.boolean(), weekday, hour: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(23)) }),
  /** How long a change that weakens protection waits before it takes effect (hours). */
  coolingOffHours: v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 30)),
  /** Protection is paused until this time (ms), or not paused (null). */
  pausedUntil: v.nullable(v.pipe(v.number(), v.finite())),
  /** The day of the breakup ("2026-10-20"), if the user gives it: "Week 5 since the breakup". */
  breakupDate: v.nullable(BreakupDateSchema),
  /** A stricter pause in the user's risky hours (lib/schedule.ts). */
  schedules: SchedulesSchema,
  /** Leave a quiet line where something of a listed person's was hidden in a feed. */
  feedPlaceholder: v.boolean(),
};

const fallback = <T extends v.GenericSchema>(schema: T, value: v.InferOutput<T>) => v.fallback(schema, value as never);

export const SettingsSchema = v.object({
  allowanceMinutes: fallback(fields.allowanceMinutes, 5),
  breathSteps: fallback(fields.breathSteps, [10, 20, 40, 60]),
  strict: fallback(fields.strict, false),
  weekStartsOn: fallback(fields.weekStartsOn, 'locale'),
  weeklyNotification: v.fallback(
    v.object({
      enabled: fallback(fields.weeklyNotification.entries.enabled, true),
      weekday: fallback(weekday, 0),
      hour: fallback(fields.weeklyNotification.entries.hour, 19),
    }),
    { enabled: true, weekday: 0 as Weekday, hour: 19 },
  ),
  coolingOffHours: fallback(fields.coolingOffHours, 24),
  pausedUntil: fallback(fields.pausedUntil, null),
  breakupDate: fallback(fields.breakupDate, null),
  schedules: fallback(fields.schedules, []),
  feedPlaceholder: fallback(fields.feedPlaceholder, false),
});

export type Settings = Readonly<v.InferOutput<typeof SettingsSchema>>;

/** Some fields of the settings, each as it must be (no defaults): a change to make. */
export const SettingsPatchSchema = v.partial(v.object(fields));

/** What a new install starts with. */
export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});

/** Settings as stored, each field checked and replaced by its default when unusable. */
export function readSettings(stored: unknown): Settings {
  return v.parse(SettingsSchema, stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : {});
}
