import type { Weekday } from './calendar';
import { weekStartForLocale } from './week-start';

/** The setting made concrete: a weekday, or the locale's own first day. */
export function resolveWeekStart(setting: Weekday | 'locale', locale: string): Weekday {
  return setting === 'locale' ? weekStartForLocale(locale) : setting;
}
