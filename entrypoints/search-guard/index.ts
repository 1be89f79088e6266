import { defineUnlistedScript } from '#imports';
import { extensionApi as browser } from '../../platform/guard/extension-api';
import { startSearchGuard } from '../../platform/search-guard/search-guard';

/*
 * The search guard: pauses a search for a listed person typed into a page of the networks or of
 * a search engine the user allowed, before the page sends it. Registered by the background only
 * while someone's searches are paused (platform/background/search-guard-registration.ts), not
 * declared in the manifest: the engines' pages may be reached only once the user allows it.
 * An unlisted script like the navigation guard, and for the same reason: it must stay tiny.
 */
export default defineUnlistedScript(() => {
  startSearchGuard({
    window,
    goPageUrl: browser.runtime.getURL('/go.html'),
    readStorage: () => browser.storage.local.get(['people', 'allowances', 'settings', 'pausePass']),
    onStorageChange: (listener) =>
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && ('people' in changes || 'allowances' in changes || 'settings' in changes || 'pausePass' in changes)) listener();
      }),
  });
});
