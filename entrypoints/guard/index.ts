import { defineUnlistedScript } from '#imports';
import { extensionApi as browser } from '../../platform/guard/extension-api';
import { startGuard } from '../../platform/guard/guard';
import { lendRecognition } from '../../platform/recognition';

/*
 * The navigation guard: a content script on the supported sites only, from the very start of
 * every page (declared in wxt.config.ts). It stops what the request rules cannot see: navigation
 * inside the site, pages a site's service worker serves, and URL forms a rule cannot express
 * (percent-encoded handles, a trailing dot on the host).
 *
 * It is built as an unlisted script rather than with defineContentScript because WXT's content
 * script wrapper brings webextension-polyfill and a location watcher with it, and this script
 * runs on every page of twelve social networks: it must stay tiny.
 */
export default defineUnlistedScript(() => {
  // The feed script, when someone's feeds choice is on, reads links with the guard's own
  // recognition (platform/recognition.ts).
  lendRecognition();
  startGuard({
    window,
    // public/go.html at this session's own address: a site's page may not go to the pause page
    // itself, and the site never hears of the move (see guard.ts).
    pausePageUrl: browser.runtime.getURL('/go.html'),
    readStorage: () => browser.storage.local.get(['people', 'allowances', 'settings', 'pausePass']),
    onStorageChange: (listener) =>
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && ('people' in changes || 'allowances' in changes || 'settings' in changes || 'pausePass' in changes)) listener();
      }),
  });
});
