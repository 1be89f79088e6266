import { browser } from '#imports';
import { readSettings } from '../../lib/settings';
import { settingsItem } from '../storage/keys';
import { systemClock } from '../../lib/clock';

const ALARM = 'protection-resumes';

/** Wakes the background when a pause of protection ends, to put the request rules back. */
export async function scheduleResume(now = systemClock()): Promise<void> {
  const { pausedUntil } = readSettings(await settingsItem.getValue());
  await browser.alarms.clear(ALARM);
  if (pausedUntil !== null && pausedUntil > now) await browser.alarms.create(ALARM, { when: pausedUntil });
}

export function handleProtectionPause(resync: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void resync();
  });
  void scheduleResume();
}
