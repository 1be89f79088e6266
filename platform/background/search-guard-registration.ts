import { browser } from '#imports';
import { engineOrigins } from '../../lib/search-engines';
import { watchedPeople } from '../../lib/search-terms';
import { networks } from '../../lib/networks';
import { coveredEngines } from '../search-access';
import { peopleItem } from '../storage/keys';

const SCRIPT_ID = 'search-guard';
const FILE = 'search-guard.js';

interface Registered {
  unregister(): Promise<void>;
}
interface FirefoxContentScripts {
  register(options: { matches: string[]; js: { file: string }[]; runAt: string }): Promise<Registered>;
}
let firefoxScript: { matches: string; registered: Registered } | undefined;

/**
 * The search guard (entrypoints/search-guard) runs only while someone's searches are paused,
 * on the networks and on the engines the user gave access to: registered here, not in the
 * manifest, because an engine may be reached only once the user allows it (and a script the
 * manifest names asks for its hosts at install). Called again whenever the list or the access
 * changes. Chrome keeps the registration across restarts; Firefox forgets it when the background
 * stops, so its background registers again at every start.
 */
export async function syncSearchGuard(): Promise<void> {
  const wanted = watchedPeople(await peopleItem.getValue()).length > 0;
  const matches = wanted
    ? [...networks.flatMap((network) => network.domains.map((domain) => `*://*.${domain}/*`)), ...(await coveredEngines()).flatMap(engineOrigins)]
    : [];
  const key = matches.join(' ');
  if (import.meta.env.FIREFOX) {
    if (firefoxScript?.matches === key) return;
    await firefoxScript?.registered.unregister();
    firefoxScript = undefined;
    if (!wanted) return;
    const contentScripts = (browser as unknown as { contentScripts: FirefoxContentScripts }).contentScripts;
    firefoxScript = { matches: key, registered: await contentScripts.register({ matches, js: [{ file: FILE }], runAt: 'document_start' }) };
    return;
  }
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if ((existing?.matches ?? []).join(' ') === key) return;
  if (existing !== undefined) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (!wanted) return;
  await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, js: [FILE], matches, runAt: 'document_start', persistAcrossSessions: true }]);
}
