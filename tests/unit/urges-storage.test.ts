import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { importBackup } from '../../platform/storage/backup';
import { answerFeltAfter, checkDigest, loadDigest, loadUrge, loadUrges, saveUrge, saveUrges } from '../../platform/storage/urges';
import { newUrge, storedUrge, type Urge } from '../../lib/urge';
import { digestOf, storedDigest } from '../../lib/urge-history';

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
  // Taken as each test starts, on the test's own clock (tests/unit/clock.ts): taken while the
  // suite is collected, it was the real time, and the digest's cutoff fell between urges
  // depending on the hour the suite ran.
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
    expect(stored?.folded.surfedTotal).toBe(26);
  });

  it('is counted again when an urge older than it lists changes, or when there is none yet', async () => {
    await fakeBrowser.storage.local.set({ 'urge:a': storedUrge(urge('a', 30 * DAY)), 'urge:b': storedUrge(urge('b', DAY)) });
    expect(await loadDigest()).toBeNull();
    await saveUrge(urge('c', 0));
    expect((await compare()).stored?.folded.surfedTotal).toBe(1);
    await saveUrge(urge('a', 30 * DAY, { outcome: 'continued' }));
    const { stored, counted } = await compare();
    expect(stored).toEqual(counted);
    expect(stored?.folded).toMatchObject({ surfedTotal: 0, lastLook: at - 30 * DAY });
  });

  it('keeps up with an imported backup, old urges included', async () => {
    await saveUrge(urge('mine', DAY));
    await importBackup({ people: [], urges: [urge('x', 40 * DAY, { outcome: 'continued' }), urge('y', 2 * DAY)], weekNotes: {} });
    const { stored, counted } = await compare();
    expect(stored).toEqual(counted);
    expect(stored?.recent.map(([id]) => id)).toEqual(['y', 'mine']);
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
});
