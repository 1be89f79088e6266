import { browser } from '#imports';
import { keepListed } from '../../lib/learned-ids';
import { listedKeys, type Person, sanitisePeople } from '../../lib/people';
import { networks } from '../../lib/networks';
import { withLock } from '../storage/locks';
import { learnedIdsItem, peopleItem } from '../storage/keys';

/*
 * The feed script (entrypoints/feeds) runs only while someone's "Keep them out of my feeds" is on:
 * registered with the browser then, and unregistered when no one's is, so that otherwise nothing
 * of it loads on any page (and the guard carries none of it). Chrome (MV3): scripting's
 * registered content scripts, kept across browser restarts. Firefox (MV2): contentScripts.register
 * from the persistent background page, whose registration lasts as long as the page, which
 * registers it again as it starts. Turned on, it also runs at once in the tabs already open on
 * those sites, so nothing waits for a reload.
 */

const ID = 'lettingGoFeeds';
const FILE = 'feeds.js';

/** The twelve networks' sites, each with its subdomains; not the mirror sites or archives. */
export const feedMatchPatterns = (): string[] => [...new Set(networks.flatMap((network) => network.domains))].map((domain) => `*://*.${domain}/*`);

/** Whether anyone's choice is on (for someone with at least one profile). */
export const wantsFeedScript = (people: readonly Person[]): boolean => people.some((person) => person.hideInFeeds === true && person.profiles.length > 0);

interface ContentScriptsApi {
  register(options: { matches: string[]; js: { file: string }[]; runAt: 'document_start' }): Promise<{ unregister(): Promise<void> }>;
}
// Firefox's handle for the registration (none in Chrome, which keeps it by id).
let firefoxRegistration: Promise<{ unregister(): Promise<void> }> | undefined;

async function isRegistered(): Promise<boolean> {
  if (browser.scripting?.registerContentScripts === undefined) return firefoxRegistration !== undefined;
  return (await browser.scripting.getRegisteredContentScripts({ ids: [ID] })).length > 0;
}

async function register(matches: string[]): Promise<void> {
  if (browser.scripting?.registerContentScripts !== undefined) {
    await browser.scripting.registerContentScripts([{ id: ID, js: [FILE], matches, runAt: 'document_start', persistAcrossSessions: true }]);
    return;
  }
  const api = (browser as unknown as { contentScripts: ContentScriptsApi }).contentScripts;
  firefoxRegistration = api.register({ matches, js: [{ file: `/${FILE}` }], runAt: 'document_start' });
  await firefoxRegistration;
}

async function unregister(): Promise<void> {
  if (browser.scripting?.registerContentScripts !== undefined) {
    await browser.scripting.unregisterContentScripts({ ids: [ID] });
    return;
  }
  const registration = firefoxRegistration;
  firefoxRegistration = undefined;
  await (await registration)?.unregister();
}

/** Runs the feed script in every open tab of those sites (it runs once per page, whatever happens). */
async function runInOpenTabs(matches: string[]): Promise<void> {
  const tabs = await browser.tabs.query({ url: matches });
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      try {
        if (browser.scripting?.executeScript !== undefined) await browser.scripting.executeScript({ target: { tabId: id }, files: ['/feeds.js'] });
        else await browser.tabs.executeScript(id, { file: `/${FILE}` });
      } catch {
        // A tab that is loading, discarded or showing an error page: its next page has the script.
      }
    }),
  );
}

/**
 * Registers or unregisters the feed script as the people list asks, and forgets the learned ids
 * of profiles taken off the list. Call it (serialised) when the background starts and whenever
 * the list changes.
 */
export async function syncFeedScript(): Promise<void> {
  const people = sanitisePeople(await peopleItem.getValue()).value;
  const matches = feedMatchPatterns();
  const wanted = wantsFeedScript(people);
  const registered = await isRegistered();
  if (wanted && !registered) {
    await register(matches);
    await runInOpenTabs(matches);
  } else if (!wanted && registered) {
    await unregister();
  }
  await withLock('learned-ids', async () => {
    const stored = await learnedIdsItem.getValue();
    const kept = keepListed(stored, listedKeys(people));
    if (JSON.stringify(kept) !== JSON.stringify(stored)) await learnedIdsItem.setValue(kept);
  });
}
