import { browser } from '#imports';
import { activeAllowances, hasEnded, nextExpiry, withoutAllowances } from '../../lib/allowances';
import { systemClock } from '../../lib/clock';
import { allowancesItem } from '../storage/keys';
import { withLock } from '../storage/locks';

const ALARM = 'allowance-ends';
// Chrome stops an idle worker after 30 s; any extension call within that keeps it running.
// https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle
const KEEP_AWAKE_MS = 20_000;

const timers = new Map<string, ReturnType<typeof setTimeout>>();
let keepAwake: ReturnType<typeof setInterval> | undefined;

/**
 * Ends every open allowance on time. While one is open the worker stays awake and ends it with a
 * timer, which counts real time whatever the computer's clock does (set back, the clock would
 * keep a 5-minute allowance open for the whole jump). An alarm covers a worker stopped anyway;
 * alarms follow the clock, and on waking the allowances are checked against it again
 * (`activeAllowances` ends one whose start lies in the future).
 */
export async function scheduleAllowanceEnd(now = systemClock()): Promise<void> {
  const active = activeAllowances(await allowancesItem.getValue(), now);
  for (const timer of timers.values()) clearTimeout(timer);
  timers.clear();
  for (const [key, { expiresAt }] of Object.entries(active)) {
    timers.set(key, setTimeout(() => void endAllowances([key]), Math.max(0, expiresAt - now)));
  }
  clearInterval(keepAwake);
  keepAwake = timers.size === 0 ? undefined : setInterval(() => void browser.runtime.getPlatformInfo(), KEEP_AWAKE_MS);
  await browser.alarms.clear(ALARM);
  const when = nextExpiry(active);
  if (when !== undefined) await browser.alarms.create(ALARM, { when });
}

export function handleAllowanceAlarm(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void pruneAllowances();
  });
}

/** Ends these allowances now, whatever the clock says; the storage watcher removes their rules. */
export async function endAllowances(keys: readonly string[], now = systemClock()): Promise<void> {
  await withLock('allowances', async () => allowancesItem.setValue(withoutAllowances(await allowancesItem.getValue(), keys, now)));
}

/** Drops allowances that have ended by the clock (or that the clock no longer makes sense of). */
export async function pruneAllowances(now = systemClock()): Promise<void> {
  await withLock('allowances', async () => {
    const stored = await allowancesItem.getValue();
    if (hasEnded(stored, now)) await allowancesItem.setValue(activeAllowances(stored, now));
  });
}
