import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { newUrge, storedUrge, type Urge } from '../../lib/urge';
import { digestOf, readDigest, storedDigest } from '../../lib/urge-history';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { deleteLog } from '../../platform/storage/delete';
import { pendingChangesItem, peopleItem, settingsItem, urgeDigestItem, weekNotesItem } from '../../platform/storage/keys';
import { loadEvents, saveEvent } from '../../platform/storage/log';
import { copiedFirstFrame, copySettings } from '../../platform/storage/page-copy';
import { loadPeople } from '../../platform/storage/people';
import { requestWeakening } from '../../platform/storage/pending';
import { loadSettings } from '../../platform/storage/settings';
import { deleteUrge, loadDigest, loadUrge, loadUrges, saveUrges } from '../../platform/storage/urges';
import { deleteWeekNote, loadWeekNotes, saveWeekNote } from '../../platform/storage/week-notes';

/** The ids of the recent urges a stored digest lists, oldest first. */
const idsIn = (stored: unknown) => readDigest(stored)?.recent.map((facts) => facts.id);

const DAY = 86_400_000;
let at = 0;
const urge = (id: string, ago: number, fields: Partial<Urge> = {}) =>
  newUrge({ id, at: at - ago, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back', ...fields });

beforeEach(() => {
  fakeBrowser.reset();
  at = Date.now();
});

/** The digest as stored, its page copy, and one counted now from every stored urge. */
async function digests() {
  const stored = await loadDigest();
  const copied = JSON.parse(localStorage.getItem('letting-go:urgeDigest') ?? 'null') as unknown;
  return {
    stored: stored && storedDigest(stored),
    copied,
    counted: storedDigest(digestOf((await loadUrges()).value, Date.now())),
  };
}

describe('deleting one urge at once', () => {
  const log = () => [
    urge('old-look', 30 * DAY, { outcome: 'continued', feltAfter: 'worse', hopingToFind: 'whether they are happy' }),
    urge('old-turned-back', 20 * DAY),
    urge('recent', 2 * DAY, { outcome: 'continued', reflection: 'I felt worse after.' }),
    urge('today', 3_600_000, { hopingToFind: 'a photo' }),
  ];

  it('deletes it with its notes, and no figure counts it any more', async () => {
    await saveUrges(log());
    await deleteUrge('recent');
    expect(await loadUrge('recent')).toBeNull();
    expect(await fakeBrowser.storage.local.get('urge:recent')).toEqual({});
    const { stored, copied, counted } = await digests();
    expect(stored).toEqual(counted);
    expect(copied).toEqual(stored);
    expect(idsIn(stored)).toEqual(['today']);
    expect(stored?.folded).toMatchObject({ lastLook: at - 30 * DAY, turnedBackTotal: 1 });
  });

  it('an urge older than the digest lists is counted again without it', async () => {
    await saveUrges(log());
    await deleteUrge('old-look');
    const { stored, copied, counted } = await digests();
    expect(stored).toEqual(counted);
    expect(copied).toEqual(stored);
    // The look and how it felt afterwards are gone from the totals too.
    expect(stored?.folded).toMatchObject({ lastLook: null, answers: [], turnedBackTotal: 1 });
    expect(stored?.folded.first).toBe(at - 20 * DAY);
  });

  it('an urge that is not there, or not readable, is simply gone; the rest stays', async () => {
    await saveUrges(log());
    await fakeBrowser.storage.local.set({ 'urge:unreadable': { id: 'unreadable', at: 'yesterday', hopingToFind: 'private' } });
    await deleteUrge('unreadable');
    await deleteUrge('never-was');
    expect(await fakeBrowser.storage.local.get('urge:unreadable')).toEqual({});
    expect((await loadUrges()).value.map((one) => one.id)).toEqual(['old-look', 'old-turned-back', 'recent', 'today']);
    const { stored, counted } = await digests();
    expect(stored).toEqual(counted);
  });

  it('with no digest yet, one is counted without it', async () => {
    await fakeBrowser.storage.local.set({ 'urge:a': storedUrge(urge('a', DAY)), 'urge:b': storedUrge(urge('b', 0)) });
    await deleteUrge('a');
    const { stored, counted } = await digests();
    expect(stored).toEqual(counted);
    expect(idsIn(stored)).toEqual(['b']);
  });
});

describe('deleting one week note at once', () => {
  it('deletes that week’s note; every other note stays, unreadable ones included', async () => {
    await saveWeekNote('2026-11-16', 'Walking helped.');
    await saveWeekNote('2026-11-23', 'Something I don’t want anyone to read.');
    await weekNotesItem.setValue({ ...((await weekNotesItem.getValue()) as object), later: { from: 'a newer version' } });
    await deleteWeekNote('2026-11-23');
    expect(await loadWeekNotes()).toEqual({ '2026-11-16': 'Walking helped.' });
    expect(await weekNotesItem.getValue()).toEqual({ '2026-11-16': 'Walking helped.', later: { from: 'a newer version' } });
    await deleteWeekNote('2026-11-30');
    expect(await loadWeekNotes()).toEqual({ '2026-11-16': 'Walking helped.' });
  });
});

describe('deleting the whole log at once', () => {
  const sam = [{ id: 'a', name: 'Sam', relationship: 'ex', addedAt: 1, profiles: [{ key: 'instagram:someex', addedAt: 1 }] }];

  it('deletes every urge, event, week note, the digest and its page copy; the list, the settings and what waits stay', async () => {
    await peopleItem.setValue(sam);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, strict: true });
    copySettings({ ...DEFAULT_SETTINGS, strict: true });
    await saveUrges([urge('a', 40 * DAY, { hopingToFind: 'a photo' }), urge('b', DAY, { reflection: 'private' })]);
    await fakeBrowser.storage.local.set({ 'urge:from-a-newer-version': { id: 'x', v: 9 } });
    await saveEvent({ id: 'e', at: at - DAY, kind: 'protection-paused', detail: '1 day' });
    await saveWeekNote('2026-11-23', 'A note.');
    await requestWeakening({ kind: 'remove-profile', key: 'instagram:someex' });
    await fakeBrowser.storage.local.set({ hiddenCounts: { '2026-11-26': 3 } });
    expect(copiedFirstFrame()).not.toBeNull();

    await deleteLog();

    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).filter((key) => /^(urge|event):/.test(key))).toEqual([]);
    expect(await urgeDigestItem.getValue()).toBeNull();
    expect(await loadWeekNotes()).toEqual({});
    expect(await loadEvents()).toEqual([]);
    expect(localStorage.getItem('letting-go:urgeDigest')).toBeNull();
    // The count of things kept out of sight in feeds goes with the record of the weeks.
    expect(left).not.toHaveProperty('hiddenCounts');
    // Protection stays as it was: removing it waits out the cooling-off period.
    expect((await loadPeople()).value).toEqual(sam);
    expect(await loadSettings()).toMatchObject({ strict: true });
    expect(await pendingChangesItem.getValue()).toEqual([expect.objectContaining({ kind: 'remove-profile' })]);
    expect(localStorage.getItem('letting-go:settings')).not.toBeNull();
  });

  it('leaves a log that starts again from nothing', async () => {
    await saveUrges([urge('a', DAY)]);
    await deleteLog();
    await saveUrges([urge('b', 0)]);
    const { stored, counted } = await digests();
    expect(stored).toEqual(counted);
    expect(idsIn(stored)).toEqual(['b']);
    expect(stored?.folded.turnedBackTotal).toBe(0);
  });
});
