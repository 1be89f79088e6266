import { browser, defineBackground } from '#imports';
import { protectedDomains } from '../../lib/host-permissions';
import { serialised } from '../../lib/serialised';
import { handleAllowanceAlarm, pruneAllowances, scheduleAllowanceEnd } from '../../platform/background/allowance-timer';
import { applyDueChanges, handleCoolingOff } from '../../platform/background/cooling-off';
import { grantAllowance } from '../../platform/background/grant-allowance';
import { handleProtectionPause, scheduleResume } from '../../platform/background/protection-pause';
import { syncAllowRules, syncRedirectRules } from '../../platform/background/request-rules';
import { startSearchPausing } from '../../platform/background/search';
import { endedAllowances, pauseOpenTabs, secondLayer } from '../../platform/background/second-layer';
import { closeSenderTab, welcomeOnce } from '../../platform/background/welcome';
import { handleFeedReports } from '../../platform/background/feed-reports';
import { syncFeedScript } from '../../platform/background/feed-script';
import { handleWeeklySummary, scheduleWeeklySummary } from '../../platform/background/weekly-summary';
import { onMessage } from '../../platform/messaging';
import { allowancesItem, peopleItem, settingsItem } from '../../platform/storage/keys';
import { ensureDigest } from '../../platform/storage/urges';

/*
 * The background only wires: every job it does is a function of its own in platform/background/,
 * with its tests.
 */
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
    // A new version: the urges' digest is counted now if its shape changed, not in the popup.
    void ensureDigest();
  });
  // Also drops allowances the clock no longer makes sense of (set back since "Continue").
  void pruneAllowances().then(resyncAllowances);
  peopleItem.watch(() => void resyncRedirects());
  // The feed script is registered only while someone's "Keep them out of my feeds" is on.
  const resyncFeeds = serialised(syncFeedScript);
  void resyncFeeds();
  peopleItem.watch(() => void resyncFeeds());
  handleFeedReports();
  allowancesItem.watch((next, previous) => {
    void resyncAllowances();
    // An allowance kept its word: every tab still on that profile pauses again.
    void pauseOpenTabs(endedAllowances(next, previous));
  });
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
  onMessage('safetyCheck', ({ data: key, sender }) => grantAllowance(key, sender, resyncAllowances, undefined, { safety: true }));
  onMessage('closeTab', ({ sender }) => closeSenderTab(sender));
  // Searches for a listed person: Chrome's rules, Firefox's request listener, the search guard.
  startSearchPausing();

  // Only the protected sites: the background neither wakes for nor hears of any other address.
  const filter = { url: protectedDomains().flatMap((domain) => [{ hostEquals: domain }, { hostSuffix: `.${domain}` }]) };
  browser.webNavigation.onHistoryStateUpdated.addListener((details) => void secondLayer(details), filter);
  browser.webNavigation.onCommitted.addListener((details) => void secondLayer(details), filter);
});
