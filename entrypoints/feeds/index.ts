import { defineUnlistedScript } from '#imports';
import { pausePageHref } from '../../lib/pause-request';
import { feedTables } from '../../lib/networks/feeds';
import { feedMessage } from '../../platform/feed-messages';
import { feedExtensionApi as browser, shadowRootOf } from '../../platform/feeds/extension-api';
import { startFeeds } from '../../platform/feeds/feed-engine';
import { placeholder } from '../../platform/feeds/placeholder';
import { borrowRecognition } from '../../platform/recognition';

/*
 * The feed script: keeps a listed person's posts, stories, comments and suggestions out of sight
 * on the supported sites, from the very start of every page. It is not in the manifest: the
 * background registers it only while someone's "Keep them out of my feeds" is on, and runs it in
 * the tabs already open when that is turned on (platform/background/feed-script.ts). It reads
 * links with the guard's recognition, which runs on the same pages (platform/recognition.ts).
 */
const STORED = ['people', 'allowances', 'settings', 'learnedIds', 'pausePass'];

export default defineUnlistedScript(() => {
  // Run in an open tab as the choice was turned on, and registered for the pages after: once.
  const here = globalThis as { lettingGoFeeds?: true };
  if (here.lettingGoFeeds) return;
  here.lettingGoFeeds = true;
  const words = (name: string) => browser.i18n.getMessage(name);
  startFeeds({
    window,
    recognition: borrowRecognition,
    tables: feedTables,
    unnamed: words('people_unnamed'),
    readStorage: async () => {
      const stored = await browser.storage.local.get(STORED);
      return { people: stored.people, allowances: stored.allowances, settings: stored.settings, learnedIds: stored.learnedIds, pausePass: stored.pausePass };
    },
    onStorageChange: (listener) =>
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && STORED.some((key) => key in changes)) listener();
      }),
    report: (report) => void browser.runtime.sendMessage(feedMessage(report)).catch(() => undefined),
    // "Show" is an urge like any other: the pause, in a tab of its own (no opener, so the site
    // learns nothing of it); "Go back" closes it, and Continue shows their things for a while.
    placeholder: ({ listed, name }, pass, recognition) =>
      placeholder(document, words('feeds_hidden').replace('{name}', name), words('feeds_show'), () => {
        const profile = recognition.profileUrlOf(listed);
        if (profile !== undefined) window.open(pausePageHref(browser.runtime.getURL('/go.html'), profile, 'feed', pass), '_blank', 'noopener');
      }),
    shadowRootOf,
  });
});
