import * as v from 'valibot';
import { addDays, calendarDaysBetween } from './calendar';
import { turnedBack } from './urge';
import type { UrgeFacts } from './urge-history';

/*
 * Weeks since the breakup: an optional date the user gives. The count never resets after a look
 * (apps that send people back to day one after a slip make them give up); distress after a
 * breakup usually eases within about ten weeks, while people expect it to take twice as long
 * (Eastwick et al. 2008), which the summary says once, without promises.
 */

/** A calendar date as the date input gives it: "2026-10-20". */
export const BreakupDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/u),
  v.check((text) => dayOf(text) !== null),
);

/** The start of that local day (ms), or null for a date that does not exist. */
export function dayOf(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(year, month - 1, day);
  return start.getFullYear() === year && start.getMonth() === month - 1 && start.getDate() === day ? start.getTime() : null;
}

/** "Week 5 since the breakup": 1 during the first seven days; null before the date or without one. */
export function weekSince(date: string | null, now: number): number | null {
  const start = date === null ? null : dayOf(date);
  if (start === null || now < start) return null;
  return Math.floor(calendarDaysBetween(start, now) / 7) + 1;
}

/** The weeks after which, for many people, the worst has eased (Eastwick et al. 2008). */
export const EASING_WEEKS = 10;

export interface WeekSince {
  /** 1 for the first week after the breakup. */
  readonly week: number;
  readonly start: number;
  /** Start of the next week (exclusive end). */
  readonly end: number;
  readonly urges: number;
  readonly turnedBack: number;
}

/**
 * Every week since the breakup up to the one containing `now`, with its urges and how many ended
 * without a look (safety checks are not urges). Weeks run from the breakup's weekday, in local
 * calendar days, so a week with a daylight-saving change still has seven days.
 */
export function weeksSince(urges: readonly UrgeFacts[], date: string | null, now: number): WeekSince[] {
  const start = date === null ? null : dayOf(date);
  const current = weekSince(date, now);
  if (start === null || current === null) return [];
  const weeks = Array.from({ length: current }, (_, index) => ({ week: index + 1, start: addDays(start, index * 7), end: addDays(start, (index + 1) * 7), urges: 0, turnedBack: 0 }));
  for (const urge of urges) {
    if (urge.at < start || urge.at > now || urge.outcome === 'safety') continue;
    const week = weeks[Math.floor(calendarDaysBetween(start, urge.at) / 7)];
    if (week === undefined) continue;
    week.urges++;
    if (turnedBack(urge)) week.turnedBack++;
  }
  return weeks;
}
