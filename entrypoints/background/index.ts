import { browser, defineBackground } from '#imports';
import { systemClock } from '../../lib/clock';
import { protectedDomains } from '../../lib/host-permissions';
import { mustStop, readStopState } from '../../lib/must-stop';
import { onMessage } from '../../platform/messaging';
import { pausePageHref } from '../../lib/pause-request';
import { profileKey } from '../../lib/profile-url';
import { serialised } from '../../lib/serialised';
import { allowancesItem, peopleItem, settingsItem, welcomeShownItem } from '../../platform/storage/keys';
import { ensurePausePass } from '../../platform/storage/pause-pass';
import { handleAllowanceAlarm, pruneAllowances, scheduleAllowanceEnd } from '../../platform/background/allowance-timer';
import { applyDueChanges, handleCoolingOff } from '../../platform/background/cooling-off';
import { grantAllowance } from '../../platform/background/grant-allowance';
import { handleProtectionPause, scheduleResume } from '../../platform/background/protection-pause';
import { pausePageUrl, syncAllowRules, syncRedirectRules } from '../../platform/background/request-rules';
import { handleWeeklySummary, scheduleWeeklySummary } from '../../platform/background/weekly-summary';

const SECOND_LAYER_GRACE_MS = 300;

/**
 * Opens the welcome page on first install. Only once: Chromium also reports "install" when an
 * unpacked extension is loaded again into a profile that already has its data.
 */
async function welcomeOnce(): Promise<void> {
  if (await welcomeShownItem.getValue()) return;
  await welcomeShownItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

export default defineBackground(() => {
  const resyncRedirects = serialised(syncRedirectRules);
  const resyncAllowances = serialised(async () => {
    await syncAllowRules();
    await scheduleAllowanceEnd();
  });

  // Every time the worker starts (install, update, browser start, or woken after being stopped)
  // the rules are brought in line with storage: cheap, and nothing depends on the worker staying.
  void resyncRedirects();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void welcomeOnce();
  });
  // Also drops allowances the clock no longer makes sense of (set back since "Continue").
  void pruneAllowances().then(resyncAllowances);
  peopleItem.watch(() => void resyncRedirects());
  allowancesItem.watch(() => void resyncAllowances());
  handleAllowanceAlarm();
  handleWeeklySummary();
  void scheduleWeeklySummary();
  handleCoolingOff();
  void applyDueChanges();
  handleProtectionPause(resyncRedirects);
  settingsItem.watch(() => {
    void scheduleWeeklySummary();
    void resyncRedirects();
    void scheduleResume();
  });

  onMessage('grantAllowance', ({ data: key, sender }) => grantAllowance(key, sender, resyncAllowances));

  onMessage('closeTab', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await browser.tabs.remove(sender.tab.id);
  });

  // Second layer behind the content script: navigation inside a site (history.pushState) and pages
  // a site's service worker serves never reach the request rules. This sees them 15–40 ms late,
  // too late to stop a paint, but it catches a page where the content script could not run.
  const secondLayer = async ({ tabId, frameId, url }: { tabId: number; frameId: number; url: string }) => {
    if (frameId !== 0) return;
    const key = profileKey(url);
    if (key === null) return;
    const [people, allowances, settings] = await Promise.all([peopleItem.getValue(), allowancesItem.getValue(), settingsItem.getValue()]);
    if (!mustStop(key, readStopState({ people, allowances, settings }), systemClock())) return;
    // Give the content script, which acts first, time to get there: one move to the pause page.
    await new Promise((resolve) => setTimeout(resolve, SECOND_LAYER_GRACE_MS));
    const tab = await browser.tabs.get(tabId);
    const current = (tab as { pendingUrl?: string }).pendingUrl ?? tab.url ?? '';
    // Only if the tab still shows that profile: the content script may have got there first, or
    // the user may already have gone back or elsewhere.
    if (profileKey(current) !== key) return;
    await browser.tabs.update(tabId, { url: pausePageHref(pausePageUrl(), url, 'app', await ensurePausePass()) });
  };
  // Only the protected sites: the background neither wakes for nor hears of any other address.
  const filter = { url: protectedDomains().flatMap((domain) => [{ hostEquals: domain }, { hostSuffix: `.${domain}` }]) };
  browser.webNavigation.onHistoryStateUpdated.addListener((details) => void secondLayer(details), filter);
  browser.webNavigation.onCommitted.addListener((details) => void secondLayer(details), filter);
});
