import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { importBackup } from '../../platform/storage/backup';
import { answerFeltAfter, checkDigest, ensureDigest, loadDigest, loadFirstFrame, loadUrge, loadUrges, saveUrge, saveUrges } from '../../platform/storage/urges';
import { withLock } from '../../platform/storage/locks';
import { newUrge, storedUrge, type Urge } from '../../lib/urge';
import { digestOf, readDigest, storedDigest } from '../../lib/urge-history';

/** The ids of the recent urges a stored digest lists, oldest first. */
const idsIn = (stored: unknown) => readDigest(stored)?.recent.map((facts) => facts.id);

beforeEach(() => fakeBrowser.reset());

describe('urge storage', () => {
  it('keeps every urge when many are saved at the same moment', async () => {
    const urges = Array.from({ length: 250 }, (_, i) => newUrge({ id: `u${i}`, at: 1_000 + i, profileKey: 'instagram:someex', source: 'load' }));
    await Promise.all(urges.map(saveUrge));
    const { value, dropped } = await loadUrges();
    expect(dropped).toBe(0);
    expect(value.map((urge) => urge.id)).toEqual(urges.map((urge) => urge.id));
  });

  it('stores each urge under its own key, with its shape version', async () => {
    await saveUrge(newUrge({ id: 'a', at: 5, profileKey: null, source: 'manual', triggers: ['lonely'] }));
    const stored = await fakeBrowser.storage.local.get('urge:a');
    expect(stored['urge:a']).toMatchObject({ id: 'a', v: 1, triggers: ['lonely'], outcome: 'undecided' });
    expect((await loadUrge('a'))?.triggers).toEqual(['lonely']);
  });

  it('sets aside unreadable urges and reports them, keeping the rest', async () => {
    await saveUrge(newUrge({ id: 'good', at: 5, profileKey: 'x:someex', source: 'app' }));
    await fakeBrowser.storage.local.set({
      'urge:bad1': { id: 'bad1', at: 'yesterday' },
      'urge:bad2': 'garbage',
      'urge:bad3': { ...newUrge({ id: 'bad3', at: 1, profileKey: 'x:someex', source: 'load' }), strength: 11 },
      unrelated: { id: 'x' },
    });
    const { value, dropped } = await loadUrges();
    expect(value.map((urge) => urge.id)).toEqual(['good']);
    expect(dropped).toBe(3);
  });
});

describe('the urges’ digest in storage', () => {
  const DAY = 86_400_000;
  // The test's own moment, on the clock each test is pinned to (never the day the file loads).
  let at = 0;
  beforeEach(() => {
    at = Date.now();
  });
  const urge = (id: string, ago: number, fields: Partial<Urge> = {}) =>
    newUrge({ id, at: at - ago, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back', ...fields });
  /** The digest as stored, next to one counted now from every stored urge. */
  const compare = async () => {
    const stored = await loadDigest();
    const counted = digestOf((await loadUrges()).value, Date.now());
    return { stored: stored && storedDigest(stored), counted: storedDigest(counted) };
  };

  it('follows every save, many at the same moment included', async () => {
    const old = Array.from({ length: 40 }, (_, i) => urge(`old${i}`, (20 + i) * DAY, { outcome: i % 3 === 0 ? 'continued' : 'turned-back' }));
    await saveUrges(old);
    const recent = Array.from({ length: 60 }, (_, i) => urge(`new${i}`, i * 3_600_000));
    await Promise.all(recent.map(saveUrge));
    await Promise.all(recent.slice(0, 20).map((one) => saveUrge({ ...one, outcome: 'continued', feltAfter: 'worse' })));
    const { stored, counted } = await compare();
    expect(stored).toEqual(counted);
    expect(stored?.recent).toHaveLength(60);
    expect(stored?.folded.turnedBackTotal).toBe(26);
  });

  it('is counted again when an urge older than it lists changes, or when there is none yet', async () => {
    await fakeBrowser.storage.local.set({ 'urge:a': storedUrge(urge('a', 30 * DAY)), 'urge:b': storedUrge(urge('b', DAY)) });
    expect(await loadDigest()).toBeNull();
    await saveUrge(urge('c', 0));
    expect((await compare()).stored?.folded.turnedBackTotal).toBe(1);
    await saveUrge(urge('a', 30 * DAY, { outcome: 'continued' }));
    const { stored, counted } = await compare();
    expect(stored).toEqual(counted);
    expect(stored?.folded).toMatchObject({ turnedBackTotal: 0, lastLook: at - 30 * DAY });
  });

  it('keeps up with an imported backup, old urges included', async () => {
    await saveUrge(urge('mine', DAY));
    await importBackup({ people: [], urges: [urge('x', 40 * DAY, { outcome: 'continued' }), urge('y', 2 * DAY)], weekNotes: {}, letters: [], ownWords: { plans: [], reasons: [] } });
    const { stored, counted } = await compare();
    expect(stored).toEqual(counted);
    expect(idsIn(stored)).toEqual(['y', 'mine']);
  });

  it('records a felt-after answer with the right look, notes untouched', async () => {
    await saveUrge(urge('look', 3_600_000, { outcome: 'continued', hopingToFind: 'a photo' }));
    await answerFeltAfter('look', 'worse');
    expect(await loadUrge('look')).toMatchObject({ feltAfter: 'worse', hopingToFind: 'a photo' });
    expect((await loadDigest())?.recent[0]?.feltAfter).toBe('worse');
    await answerFeltAfter('gone', 'better');
    expect((await loadUrges()).value).toHaveLength(1);
  });

  it('a digest that missed a save is noticed after a full read and counted again', async () => {
    await saveUrge(urge('a', DAY));
    const shown = await loadDigest();
    // Written behind the digest's back, as a page closing between the two writes would leave it.
    await fakeBrowser.storage.local.set({ 'urge:b': storedUrge(urge('b', 0, { outcome: 'continued' })) });
    expect(await checkDigest(shown, (await loadUrges()).value)).toBe(false);
    const { stored, counted } = await compare();
    expect(stored).toEqual(counted);
    expect(await checkDigest(await loadDigest(), (await loadUrges()).value)).toBe(true);
  });

  it('a damaged digest is set aside and counted again, losing no urge', async () => {
    await saveUrge(urge('a', DAY));
    await fakeBrowser.storage.local.set({ urgeDigest: { v: 1, recent: 'garbage' } });
    expect(await loadDigest()).toBeNull();
    await saveUrge(urge('b', 0));
    expect((await loadDigest())?.recent.map((facts) => facts.id)).toEqual(['a', 'b']);
  });

  it('after an update from an older shape, is counted once by the background and then read as it is', async () => {
    const older = { 'urge:a': storedUrge(urge('a', 30 * DAY)), 'urge:b': storedUrge(urge('b', DAY, { outcome: 'continued' })), urgeDigest: { v: 1, cutoff: 0, folded: {}, recent: [] } };
    await fakeBrowser.storage.local.set(older);
    expect(await loadDigest()).toBeNull();
    await ensureDigest();
    const { stored, counted } = await compare();
    expect(stored).toEqual(counted);
    expect(idsIn(stored)).toEqual(['b']);
    // Already usable: left exactly as it is (no second count, no write).
    const writes: string[][] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => writes.push(Object.keys(changes)));
    await ensureDigest();
    expect(writes).toEqual([]);
  });

  it('a popup opened while the background counts the digest waits for it rather than counting again', async () => {
    await fakeBrowser.storage.local.set({ 'urge:a': storedUrge(urge('a', DAY)) });
    let release = () => {};
    // The background, mid-count: it holds the digest's lock and writes the digest before letting go.
    const counting = withLock('urge-digest', () => new Promise<void>((resolve) => (release = resolve)));
    const first = loadFirstFrame();
    await fakeBrowser.storage.local.set({ urgeDigest: storedDigest(digestOf((await loadUrges()).value, Date.now())) });
    release();
    await counting;
    expect((await first).digest?.recent.map((facts) => facts.id)).toEqual(['a']);
  });
});
