import type { Weekday } from './calendar';
import type { Translate } from './translate';

/**
 * The next moment, after `now`, that falls on `weekday` at `hour`:00 local time. Computed with
 * local calendar setters so a daylight-saving change in between moves nothing.
 */
export function nextWeekly(now: number, weekday: Weekday, hour: number): number {
  const date = new Date(now);
  date.setHours(hour, 0, 0, 0);
  const ahead = (weekday - date.getDay() + 7) % 7;
  date.setDate(date.getDate() + ahead);
  if (date.getTime() <= now) date.setDate(date.getDate() + 7);
  return date.getTime();
}

/** "This week: 9 urges, you turned back 8 times" — the weekly notification's line. */
export function weeklyLine(t: Translate, urges: number, turnedBack: number): string {
  if (urges === 0) return t('notification.none');
  return t('notification.line', { urges: t('count.urges', urges), turnedBack: t('count.times', turnedBack) });
}
