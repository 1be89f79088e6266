import type { Weekday } from './calendar';

// Regions whose calendars start the week on Sunday or Saturday (CLDR "firstDay"); everywhere
// else starts on Monday. Used where the browser cannot say (Intl.Locale#getWeekInfo is missing).
const SUNDAY = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'IL', 'PH', 'KR', 'TW', 'HK', 'IN', 'ZA', 'AU', 'SA', 'PE', 'CO', 'VE', 'GT', 'PA', 'DO', 'SV', 'HN', 'NI', 'PR', 'TH', 'KE', 'ET', 'ZW', 'PK', 'BD', 'ID', 'MO', 'SG', 'AR']);
const SATURDAY = new Set(['AE', 'AF', 'BH', 'DJ', 'DZ', 'EG', 'IQ', 'IR', 'JO', 'KW', 'LY', 'OM', 'QA', 'SD', 'SY']);

interface LocaleWithWeekInfo {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
  maximize(): Intl.Locale;
}

/** The first day of the week in `locale` (0 = Sunday), as the user's calendar shows it. */
export function weekStartForLocale(locale: string): Weekday {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    return 1;
  }
  const info = (parsed as unknown as LocaleWithWeekInfo).getWeekInfo?.() ?? (parsed as unknown as LocaleWithWeekInfo).weekInfo;
  if (info !== undefined && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as Weekday;
  const region = parsed.region ?? parsed.maximize().region ?? '';
  if (SUNDAY.has(region)) return 0;
  if (SATURDAY.has(region)) return 6;
  return 1;
}
