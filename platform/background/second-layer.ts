import { browser } from '#imports';
import { systemClock } from '../../lib/clock';
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
