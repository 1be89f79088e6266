import { addDays, startOfDay } from './calendar';
import { weekKey } from './week-key';

/*
 * How many of a listed person's things the feed script kept out of sight, per day: a number and
 * a day (YYYY-MM-DD, local), never what they were. `{ "2026-11-26": 4 }`, written by the
 * background alone (platform/background/feed-reports.ts), pruned to the last KEEP_DAYS days.
 */
export type HiddenCounts = Readonly<Record<string, number>>;

export const KEEP_DAYS = 60;
/** More than this in one report is not a count the feed script sends. */
export const MAX_REPORTED = 10_000;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day `ms` falls on, as the counts name it (the same form as the week notes' keys). */
export const dayKey = (ms: number): string => weekKey(startOfDay(ms));

/** The stored counts, each checked (a day and a whole number). Never throws. */
export function readHiddenCounts(stored: unknown): HiddenCounts {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter(([day, count]) => DAY.test(day) && Number.isSafeInteger(count) && (count as number) > 0));
}

/** Adds `count` to today's number, and forgets days older than KEEP_DAYS. */
export function addHidden(stored: unknown, count: number, now: number): HiddenCounts {
  const counts = readHiddenCounts(stored);
  const oldest = dayKey(addDays(now, -KEEP_DAYS));
  const today = dayKey(now);
  const kept = Object.fromEntries(Object.entries(counts).filter(([day]) => day >= oldest));
  if (Number.isSafeInteger(count) && count > 0 && count <= MAX_REPORTED) kept[today] = (kept[today] ?? 0) + count;
  return kept;
}

/** Each of the 7 days from `weekStart` with its count, and the week's total. */
export function hiddenInWeek(stored: unknown, weekStart: number): { readonly days: readonly { readonly day: number; readonly count: number }[]; readonly total: number } {
  const counts = readHiddenCounts(stored);
  const days = Array.from({ length: 7 }, (_, index) => {
    const day = addDays(weekStart, index);
    return { day, count: counts[dayKey(day)] ?? 0 };
  });
  return { days, total: days.reduce((sum, { count }) => sum + count, 0) };
}
