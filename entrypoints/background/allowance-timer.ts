import { browser } from '#imports';
import { activeAllowances, nextExpiry } from '../../lib/allowances';
import { allowancesItem } from '../../lib/storage';
import { systemClock } from '../../lib/clock';

const ALARM = 'allowance-ends';

/**
 * Wakes the background when the next allowance ends. Alarms survive the service worker stopping
 * and are checked again at browser start, so the pause always returns.
 */
export async function scheduleAllowanceEnd(now = systemClock()): Promise<void> {
  const active = activeAllowances(await allowancesItem.getValue(), now);
  const when = nextExpiry(active);
  await browser.alarms.clear(ALARM);
  clearTimeout(timer);
  if (when === undefined) return;
  await browser.alarms.create(ALARM, { when });
  // Browsers may run an alarm up to a minute late (Chrome's 30-second minimum); while the worker
  // is awake a timer ends the allowance on time, and the alarm covers a stopped worker.
  timer = setTimeout(() => listeners.forEach((listener) => listener()), Math.max(0, when - now) + 50);
}

let timer: ReturnType<typeof setTimeout> | undefined;
const listeners: (() => void)[] = [];

/** Drops ended allowances from storage; the storage watcher then removes their rules. */
export function onAllowanceEnd(listener: () => void): void {
  listeners.push(listener);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) listener();
  });
}

export async function pruneAllowances(now = systemClock()): Promise<void> {
  const stored = await allowancesItem.getValue();
  const active = activeAllowances(stored, now);
  if (Object.keys(active).length !== Object.keys(stored ?? {}).length) await allowancesItem.setValue(active);
}
