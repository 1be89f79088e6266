/*
 * Local calendar arithmetic on epoch milliseconds. Days are calendar days in the runtime's time
 * zone (the browser's), so a day that gains or loses an hour at a daylight-saving change is
 * still one day. The clock is always an argument.
 */

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export function startOfDay(ms: number): number {
  const date = new Date(ms);
  date.setHours(0, 0, 0, 0);
  return date.getTime();
}

export function addDays(ms: number, days: number): number {
  const date = new Date(ms);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

export function startOfWeek(ms: number, weekStartsOn: Weekday): number {
  const day = new Date(ms).getDay();
  return startOfDay(addDays(ms, -((day - weekStartsOn + 7) % 7)));
}

/** Whole calendar days from `from` to `to` (0 on the same day), across DST changes. */
export function calendarDaysBetween(from: number, to: number): number {
  const a = new Date(startOfDay(from));
  const b = new Date(startOfDay(to));
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 86_400_000);
}
