import type { Weekday } from '../lib/calendar';
import type { ReadonlySignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { type Settings } from '../lib/settings';
import { updateSettings } from '../platform/storage/settings';
import { weekStartForLocale } from '../lib/week-start';
import { locale as userLocale, t } from '../platform/i18n';
import { SaveProblem, useSaving } from './saving';

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/** The week's first day and the weekly summary notification. */
export function WeekSettings({ settings: stored, locale = userLocale }: { settings: ReadonlySignal<Settings | null>; locale?: string }) {
  const { problem, attempt } = useSaving();
  // A write that fails draws the controls again from what is stored.
  const [, redraw] = useState(0);
  const settings = stored.value;
  if (settings === null) return null;

  const change = (patch: Partial<Settings>) =>
    void attempt(() => updateSettings((current) => ({ ...current, ...patch }))).then((kept) => kept || redraw((n) => n + 1));
  // 4–10 January 2026 run Sunday to Saturday: a way to name weekdays in the user's language.
  const dayName = (day: Weekday) => new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(new Date(2026, 0, 4 + day));
  const hourName = (hour: number) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(2026, 0, 1, hour));
  const notification = settings.weeklyNotification;
  const setNotification = (patch: Partial<Settings['weeklyNotification']>) => change({ weeklyNotification: { ...notification, ...patch } });

  return (
    <div class="week-settings">
      <div class="field">
        <label for="week-start">{t('weekSettings.startsOn')}</label>
        <select
          id="week-start"
          value={String(settings.weekStartsOn)}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change({ weekStartsOn: value === 'locale' ? 'locale' : (Number(value) as Weekday) });
          }}
        >
          <option value="locale">{t('weekSettings.asInYourLanguage', { day: dayName(weekStartForLocale(locale)) })}</option>
          {WEEKDAYS.map((day) => (
            <option key={day} value={String(day)}>
              {dayName(day)}
            </option>
          ))}
        </select>
      </div>
      <div class="field checkbox">
        <label>
          <input type="checkbox" checked={notification.enabled} onChange={(event) => setNotification({ enabled: event.currentTarget.checked })} />{' '}
          {t('weekSettings.notification')}
        </label>
        <p class="hint">{t('weekSettings.notificationHint')}</p>
      </div>
      {notification.enabled && (
        <div class="row">
          <div class="field">
            <label for="summary-day">{t('weekSettings.on')}</label>
            <select id="summary-day" value={String(notification.weekday)} onChange={(event) => setNotification({ weekday: Number(event.currentTarget.value) as Weekday })}>
              {WEEKDAYS.map((day) => (
                <option key={day} value={String(day)}>
                  {dayName(day)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="summary-hour">{t('weekSettings.at')}</label>
            <select id="summary-hour" value={String(notification.hour)} onChange={(event) => setNotification({ hour: Number(event.currentTarget.value) })}>
              {Array.from({ length: 24 }, (_, hour) => (
                <option key={hour} value={String(hour)}>
                  {hourName(hour)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <SaveProblem problem={problem} />
    </div>
  );
}
