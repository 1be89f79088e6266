import { storage } from '#imports';
import { EVENT_KEY_PREFIX } from '../../lib/log-event';
import { URGE_KEY_PREFIX } from '../../lib/urge';
import { LETTER_KEY_PREFIX } from '../../lib/letter';
import { hiddenCountsItem, ownWordsItem, urgeDigestItem, weekNotesItem } from './keys';
import { withLock } from './locks';
import { forgetDigestCopy } from './page-copy';

/**
 * Removes everything Letting Go keeps in this browser: the extension's storage, and the page
 * storage copy of the week, which only a page can reach (`clearPageStorage` reaches it from
 * Chrome's service worker, which has none: platform/background/page-storage.ts).
 */
export async function deleteEverything(clearPageStorage: () => Promise<void> = async () => globalThis.localStorage?.clear()): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
  await clearPageStorage();
}

/**
 * Deletes the whole log at once: every urge with its notes and reflections (entries another
 * version wrote included), the log's events, the week notes, the letters never sent, the plans
 * and reasons, the per-day count of things kept out of sight in feeds, and the urges' digest with
 * its page copy. Privacy never waits; the list of people and profiles and the settings are protection and
 * stay (removing them waits out the cooling-off period). One call to the browser, under the
 * digest's and the notes' locks, so no save in between brings back a part of it.
 */
export async function deleteLog(): Promise<void> {
  await withLock('urge-digest', () =>
    withLock('week-notes', async () => {
      const everything = await storage.snapshot('local');
      const entries = Object.keys(everything).filter((key) => key.startsWith(URGE_KEY_PREFIX) || key.startsWith(EVENT_KEY_PREFIX) || key.startsWith(LETTER_KEY_PREFIX));
      await storage.removeItems([
        ...entries.map((key) => `local:${key}` as const),
        urgeDigestItem.key,
        weekNotesItem.key,
        ownWordsItem.key,
        hiddenCountsItem.key,
      ]);
      forgetDigestCopy();
    }),
  );
}
