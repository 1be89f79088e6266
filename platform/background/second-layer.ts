import { browser } from '#imports';
import { activeAllowances, readAllowances } from '../../lib/allowances';
import { systemClock } from '../../lib/clock';
import { hostMatchPatterns } from '../../lib/host-permissions';
import { mustStop, readStopState } from '../../lib/must-stop';
import { pausePageHref } from '../../lib/pause-request';
import { profileKey } from '../../lib/profile-url';
import { allowancesItem, peopleItem, settingsItem } from '../storage/keys';
import { ensurePausePass } from '../storage/pause-pass';
import { pausePageUrl } from './request-rules';

const GRACE_MS = 300;

/** What the browser reports of a navigation (webNavigation.onCommitted / onHistoryStateUpdated). */
export interface Navigation {
  readonly tabId: number;
  readonly frameId: number;
  readonly url: string;
}

/**
 * The second layer behind the content script: navigation inside a site (history.pushState) and
 * pages a site's service worker serves never reach the request rules. The background hears of
 * them 15–40 ms late, too late to stop a paint, but it catches a page where the content script
 * could not run. It moves the tab only if the tab still shows that profile after a moment: the
 * content script, which acts first, may have got there, or the user may have gone elsewhere.
 */
export async function secondLayer({ tabId, frameId, url }: Navigation, graceMs = GRACE_MS): Promise<void> {
  if (frameId !== 0) return;
  const key = profileKey(url);
  if (key === null) return;
  const [people, allowances, settings] = await Promise.all([peopleItem.getValue(), allowancesItem.getValue(), settingsItem.getValue()]);
  if (!mustStop(key, readStopState({ people, allowances, settings }), systemClock())) return;
  await new Promise((resolve) => setTimeout(resolve, graceMs));
  const tab = await browser.tabs.get(tabId);
  const current = (tab as { pendingUrl?: string }).pendingUrl ?? tab.url ?? '';
  if (profileKey(current) !== key) return;
  await browser.tabs.update(tabId, { url: pausePageHref(pausePageUrl(), url, 'app', await ensurePausePass()) });
}

/**
 * When allowances end, every tab still showing one of those profiles pauses again: the guard in
 * the page does it at once; this finds the tabs it cannot reach (a page loaded before the
 * extension, a page the guard could not run in) and moves them after the same short grace.
 */
export async function pauseOpenTabs(keys: readonly string[], graceMs = GRACE_MS): Promise<void> {
  if (keys.length === 0) return;
  const ended = new Set(keys);
  const tabs = await browser.tabs.query({ url: hostMatchPatterns() });
  await Promise.all(
    tabs.map(async (tab) => {
      const key = tab.url === undefined ? null : profileKey(tab.url);
      if (tab.id === undefined || key === null || !ended.has(key)) return;
      await secondLayer({ tabId: tab.id, frameId: 0, url: tab.url! }, graceMs);
    }),
  );
}

/** The allowances that ended between two stored values (`allowancesItem.watch`). */
export function endedAllowances(next: unknown, previous: unknown, now = systemClock()): string[] {
  const open = new Set(Object.keys(activeAllowances(next, now)));
  return Object.keys(readAllowances(previous)).filter((key) => !open.has(key));
}
