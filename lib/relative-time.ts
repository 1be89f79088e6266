import { startOfDay } from './calendar';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * When something happened, said the way people say it: "2 minutes ago", "3 hours ago" for what
 * happened earlier today, and the weekday and time (or the date) for anything older, in the
 * user's locale. The clock is an argument.
 */
export function relativeWhen(at: number, now: number, locale: string, older: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }): string {
  const ago = now - at;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago >= 0 && ago < MINUTE) return relative.format(0, 'minute');
  if (ago >= 0 && ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago >= 0 && at >= startOfDay(now)) return relative.format(-Math.floor(ago / HOUR), 'hour');
  return new Date(at).toLocaleString(locale, older);
}
