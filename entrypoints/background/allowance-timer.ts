import { browser } from '#imports';
import { activeAllowances, nextExpiry } from '../../lib/allowances';
import { allowancesItem } from '../../lib/storage';

const ALARM = 'allowance-ends';

/**
 * Wakes the background when the next allowance ends. Alarms survive the service worker stopping
 * and are checked again at browser start, so the pause always returns.
 */
export async function scheduleAllowanceEnd(now = Date.now()): Promise<void> {
  const active = activeAllowances(await allowancesItem.getValue(), now);
  const when = nextExpiry(active);
  await browser.alarms.clear(ALARM);
  if (when !== undefined) await browser.alarms.create(ALARM, { when });
}

/** Drops ended allowances from storage; the storage watcher then removes their rules. */
export function onAllowanceEnd(listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) listener();
  });
}

export async function pruneAllowances(now = Date.now()): Promise<void> {
  const stored = await allowancesItem.getValue();
  const active = activeAllowances(stored, now);
  if (Object.keys(active).length !== Object.keys(stored ?? {}).length) await allowancesItem.setValue(active);
}
