import { browser } from '#imports';
import { locale, t } from '../i18n';
import { nextWeekly, weeklyLine } from '../../lib/next-weekly';
import { resolveWeekStart } from '../../lib/resolve-week-start';
import { readSettings } from '../../lib/settings';
import { settingsItem } from '../storage/keys';
import { loadUrges } from '../storage/urges';
import { summariseSortedWeek } from '../../lib/week-summary';
import { systemClock } from '../../lib/clock';

const ALARM = 'weekly-summary';
const NOTIFICATION = 'weekly-summary';

/**
 * Sets the alarm for the next weekly summary at the user's chosen day and hour, or clears it
 * when the notification is off. Alarms survive the worker stopping and browser restarts.
 */
export async function scheduleWeeklySummary(now = systemClock()): Promise<void> {
  const { weeklyNotification } = readSettings(await settingsItem.getValue());
  await browser.alarms.clear(ALARM);
  if (weeklyNotification.enabled) {
    await browser.alarms.create(ALARM, { when: nextWeekly(now, weeklyNotification.weekday, weeklyNotification.hour) });
  }
}

async function showWeeklySummary(now = systemClock()): Promise<void> {
  const settings = readSettings(await settingsItem.getValue());
  if (!settings.weeklyNotification.enabled) return;
  const { value: urges } = await loadUrges();
  const week = summariseSortedWeek(urges, now, resolveWeekStart(settings.weekStartsOn, locale));
  await browser.notifications.create(NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('notification.title'),
    message: weeklyLine(t, week.urges, week.turnedBack),
  });
}

export function handleWeeklySummary(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    void showWeeklySummary().finally(() => scheduleWeeklySummary());
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== NOTIFICATION) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/summary.html') });
    void browser.notifications.clear(id);
  });
}
