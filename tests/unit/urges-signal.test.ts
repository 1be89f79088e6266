import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { newUrge } from '../../lib/urge';
import { watchUrges } from '../../platform/signals/urges';
import { saveEvent } from '../../platform/storage/log';
import { saveUrge, saveUrges } from '../../platform/storage/urges';

const now = Date.now();
const urge = (id: string, minutesAgo: number, outcome: 'turned-back' | 'continued' = 'turned-back') =>
  newUrge({ id, at: now - minutesAgo * 60_000, profileKey: 'instagram:someex', source: 'load', outcome });

beforeEach(() => fakeBrowser.reset());

describe('the log as every page sees it', () => {
  it('is read whole once, then follows each change from the change itself, never reading everything again', async () => {
    await saveUrges(Array.from({ length: 200 }, (_, i) => urge(`old${i}`, 1000 + i)));
    const everything = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { state } = watchUrges();
    await vi.waitFor(() => expect(state.value.loaded).toBe(true));
    const reads = everything.mock.calls.filter(([keys]) => keys === null).length;
    expect(reads).toBe(1);

    // Another page logs an urge, answers a question on an old one, and a gap is recorded.
    await saveUrge(urge('new', 1, 'continued'));
    await saveUrge({ ...urge('old5', 1005), feltAfter: 'worse' });
    await saveEvent({ id: 'e1', at: now, kind: 'profile-removed', detail: 'X @someex' });
    await vi.waitFor(() => expect(state.value.events).toHaveLength(1));
    expect(state.value.urges).toHaveLength(201);
    expect(state.value.urges.at(-1)?.id).toBe('new');
    expect(state.value.urges.find((u) => u.id === 'old5')?.feltAfter).toBe('worse');
    expect(state.value.history?.recent.at(-1)?.outcome).toBe('continued');
    expect(everything.mock.calls.filter(([keys]) => keys === null).length).toBe(reads);
  });

  it('forgets what is deleted, and counts what cannot be read', async () => {
    await saveUrges([urge('a', 5), urge('b', 4)]);
    const { state } = watchUrges();
    await vi.waitFor(() => expect(state.value.urges).toHaveLength(2));
    await fakeBrowser.storage.local.remove('urge:a');
    await fakeBrowser.storage.local.set({ 'urge:c': { id: 'c', at: 'whenever' } });
    await vi.waitFor(() => expect(state.value.urges.map((u) => u.id)).toEqual(['b']));
    expect(state.value.dropped).toBe(1);
  });
});

describe('the popup’s first frame from its page copy', () => {
  it('is checked against the stored digest right after it is shown, and corrected before the whole log is read', async () => {
    const { loadDigest } = await import('../../platform/storage/urges');
    const { digestOf } = await import('../../lib/urge-history');
    await saveUrges([urge('a', 30), urge('b', 20)]);
    const stored = (await loadDigest())!;
    // A copy that missed the last save.
    const stale = digestOf([urge('a', 30)], now);
    let finishReading: () => void = () => undefined;
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      if (keys === null) await new Promise<void>((resolve) => (finishReading = resolve));
      return get(keys);
    });
    const { state } = watchUrges({ digest: stale, fromCopy: true });
    expect(state.value.history?.recent.map((u) => u.id)).toEqual(['a']);
    await vi.waitFor(() => expect(state.value.history?.recent.map((u) => u.id)).toEqual(stored.recent.map((u) => u.id)), { timeout: 2000 });
    expect(state.value.loaded).toBe(false);
    finishReading();
    await vi.waitFor(() => expect(state.value.loaded).toBe(true));
  });
});
