import { storage } from '#imports';
import { systemClock } from '../../lib/clock';
import type { Sanitised } from '../../lib/people';
import { readSettings, type Settings } from '../../lib/settings';
import { type FeltAfter, readUrge, storedUrge, type Urge, URGE_KEY_PREFIX } from '../../lib/urge';
import { digestOf, factsOf, foldBefore, historyOf, readDigest, storedDigest, type UrgeHistory, usableDigest, withRemoved, withSaved } from '../../lib/urge-history';
import { settingsItem, urgeDigestItem } from './keys';
import { withLock } from './locks';
import { copyDigest, forgetDigestCopy } from './page-copy';

/*
 * Urges: one storage key each (`urge:<id>`), the one owner of every fact about them. Saving
 * writes the urges' own keys first, in one call started at once, never a read-modify-write of a
 * shared list: pages saving at the same moment (two pause tabs, the popup) cannot lose one
 * another's urges, and a page closing mid-save (the pause screen's last save as its tab closes)
 * still has them kept. The digest, derived from them, follows under a lock (see
 * lib/urge-history.ts); a digest that missed a save is noticed and counted again (`checkDigest`).
 */
export async function saveUrge(urge: Urge): Promise<void> {
  await saveUrges([urge]);
}

export async function saveUrges(urges: readonly Urge[]): Promise<void> {
  if (urges.length === 0) return;
  await storage.setItems(urges.map((urge) => ({ key: urgeKey(urge.id), value: storedUrge(urge) })));
  // The urges are kept. A digest that cannot be written (a full storage) is only derived: it is
  // found stale and counted again later (`checkDigest`), so its failure is not the save's.
  await withLock('urge-digest', async () => {
    const now = systemClock();
    const digest = readDigest(await urgeDigestItem.getValue());
    const next = digest === null ? null : urges.reduce<UrgeHistory | null>((history, urge) => history && withSaved(history, urge, now), digest);
    await writeDigest(next ?? digestOf((await loadUrges()).value, now));
  }).catch(() => undefined);
}

export const urgeKey = (id: string) => `local:${URGE_KEY_PREFIX}${id}` as const;

/**
 * Deletes one urge, with its notes and reflection, at once: privacy never waits. The digest
 * follows under its lock so no figure counts it any more (an urge older than the digest lists
 * is counted again without it); a digest that cannot be written is deleted rather than left
 * counting an urge that is gone, and the next page to open counts it afresh.
 */
export async function deleteUrge(id: string): Promise<void> {
  const key = urgeKey(id);
  const urge = readUrge(await storage.getItem(key));
  await storage.removeItem(key);
  await withLock('urge-digest', async () => {
    const digest = readDigest(await urgeDigestItem.getValue());
    const now = systemClock();
    const next = digest && withRemoved(digest, urge ?? { id, at: Infinity }, now);
    await writeDigest(next ?? digestOf((await loadUrges()).value, now)).catch(forgetDigest);
  });
}

/** Records the user's answer to "How do you feel after looking?" with that look. */
export async function answerFeltAfter(id: string, feltAfter: FeltAfter): Promise<void> {
  const urge = await loadUrge(id);
  if (urge !== null) await saveUrge({ ...urge, feltAfter });
}

export async function loadUrge(id: string): Promise<Urge | null> {
  return readUrge(await storage.getItem(urgeKey(id)));
}

/** Every readable urge, oldest first, and how many stored ones could not be read. */
export async function loadUrges(everything?: Record<string, unknown>): Promise<Sanitised<Urge[]>> {
  everything ??= await storage.snapshot('local');
  const urges: Urge[] = [];
  let dropped = 0;
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(URGE_KEY_PREFIX)) continue;
    const urge = readUrge(value);
    if (urge === null) dropped++;
    else urges.push(urge);
  }
  urges.sort((a, b) => a.at - b.at);
  return { value: urges, dropped };
}

/**
 * The urges' digest: the recent ones as facts and the older ones as totals, small enough to read
 * as a page opens. Null when there is none yet (a new install, an update from a version without
 * one) or it no longer reaches back far enough for today's figures; `rebuildDigest` makes one.
 */
export async function loadDigest(now = systemClock()): Promise<UrgeHistory | null> {
  return usableDigest(await urgeDigestItem.getValue(), now);
}

/**
 * What the popup's first frame shows: this week (the digest) and the settings it depends on, in
 * one read of two small values; the digest is copied for the next first frame (page-copy.ts).
 */
export async function loadFirstFrame(now = systemClock()): Promise<{ digest: UrgeHistory | null; settings: Settings }> {
  const [digest, settings] = await storage.getItems([urgeDigestItem.key, settingsItem.key]);
  let usable = usableDigest(digest?.value, now);
  if (usable !== null) copyDigest(digest?.value);
  // None to use: the background may be counting it right now, just after an update
  // (`ensureDigest`); waiting for that is far quicker than counting it again here.
  else usable = await withLock('urge-digest', () => loadDigest(now));
  return { digest: usable, settings: readSettings(settings?.value) };
}

/**
 * Counts the digest once when there is none to use: run by the background as a new version is
 * installed (an update may change the digest's shape), so that the first popup after an update
 * opens from a small read like any other rather than reading every urge.
 */
export async function ensureDigest(): Promise<void> {
  await withLock('urge-digest', async () => {
    const now = systemClock();
    if (usableDigest(await urgeDigestItem.getValue(), now) !== null) return;
    await writeDigest(digestOf((await loadUrges()).value, now)).catch(() => undefined);
  });
}

/** Counts the digest again from every stored urge; kept for next time when there is room. */
export async function rebuildDigest(): Promise<UrgeHistory> {
  return withLock('urge-digest', async () => {
    const digest = digestOf((await loadUrges()).value, systemClock());
    await writeDigest(digest).catch(() => undefined);
    return digest;
  });
}

/** No digest at all (nor its page copy): the next page to open counts one from the urges. */
async function forgetDigest(): Promise<void> {
  forgetDigestCopy();
  await storage.removeItem(urgeDigestItem.key);
}

async function writeDigest(digest: UrgeHistory): Promise<void> {
  const stored = storedDigest(digest);
  await urgeDigestItem.setValue(stored);
  copyDigest(stored);
}

/** The digest as stored for these urges, to write in the same call as they are (backup.ts). */
export const digestToStore = (urges: readonly Urge[], now = systemClock()): unknown => storedDigest(digestOf([...urges].sort((a, b) => a.at - b.at), now));

/** Whether two digests say exactly the same (as they are stored). */
export const sameDigest = (a: UrgeHistory, b: UrgeHistory): boolean => JSON.stringify(storedDigest(a)) === JSON.stringify(storedDigest(b));

/**
 * After a full read: whether the digest a page showed first says what the urges say. It can
 * miss a save only if a page closed between writing an urge and the digest, or an older version
 * wrote urges; then it is counted again, and this returns false.
 */
export async function checkDigest(shown: UrgeHistory | null, urges: readonly Urge[]): Promise<boolean> {
  if (shown !== null && sameDigest(foldBefore(historyOf(urges.map(factsOf)), shown.cutoff), shown)) return true;
  await rebuildDigest();
  return false;
}
