import { defineUnlistedScript } from '#imports';
import { pausePageHref } from '../../lib/pause-request';
import { feedTables } from '../../lib/networks/feeds';
import { feedMessage } from '../../platform/feed-messages';
import { feedExtensionApi as browser, shadowRootOf } from '../../platform/feeds/extension-api';
import { startFeeds } from '../../platform/feeds/feed-engine';
import { placeholder } from '../../platform/feeds/placeholder';
import { borrowRecognition, recognitionLent } from '../../platform/recognition';

/*
 * The feed script: keeps a listed person's posts, stories, comments and suggestions out of sight
 * on the supported sites, from the very start of every page. It is not in the manifest: the
 * background registers it only while someone's "Keep them out of my feeds" is on, and runs it in
 * the tabs already open when that is turned on (platform/background/feed-script.ts). It reads
 * links with the guard's recognition, which runs on the same pages (platform/recognition.ts).
 */
const STORED = ['people', 'allowances', 'settings', 'learnedIds', 'pausePass'];

/** What the script reads. Firefox sometimes refuses a read made as a page starts: asked again. */
async function readStored(tries = 3): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.local.get(STORED);
  } catch (error) {
    if (tries <= 1) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50));
    return readStored(tries - 1);
  }
}

export default defineUnlistedScript(() => {
  // Run in an open tab as the choice was turned on, and registered for the pages after: once.
  const here = globalThis as { lettingGoFeeds?: true };
  if (here.lettingGoFeeds) return;
  here.lettingGoFeeds = true;
  // The message's key as locales/*.yml names it ('feeds.hidden' is feeds_hidden to the browser).
  const words = (key: 'people.unnamed' | 'feeds.hidden' | 'feeds.show') => browser.i18n.getMessage(key.replace('.', '_'));
  startFeeds({
    window,
    recognition: borrowRecognition,
    tables: feedTables,
    readStorage: async () => {
      const [stored] = await Promise.all([readStored(), recognitionLent()]);
      return { people: stored.people, allowances: stored.allowances, settings: stored.settings, learnedIds: stored.learnedIds, pausePass: stored.pausePass };
    },
    onStorageChange: (listener) =>
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && STORED.some((key) => key in changes)) listener();
      }),
    report: (report) => {
      // Firefox may throw at once rather than reject (a background that is starting): a lost
      // report is a count a little low, never a page left unguarded.
      try {
        void browser.runtime.sendMessage(feedMessage(report)).catch(() => undefined);
      } catch {
        // Nothing to do.
      }
    },
    // "Show" is an urge like any other: the pause, in a tab of its own (no opener, so the site
    // learns nothing of it); "Go back" closes it, and Continue shows their things for a while.
    placeholder: ({ listed, name }, pass, recognition) =>
      placeholder(document, words('feeds.hidden').replace('{name}', () => name || words('people.unnamed')), words('feeds.show'), () => {
        const profile = recognition.profileUrlOf(listed);
        if (profile !== undefined) window.open(pausePageHref(browser.runtime.getURL('/go.html'), profile, 'feed', pass), '_blank', 'noopener');
      }),
    shadowRootOf,
  });
});
