import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addProfile, listedKeys } from '../../lib/people';
import { loadPeople, updatePeople } from '../../lib/storage';

beforeEach(() => fakeBrowser.reset());

describe('people storage', () => {
  it('starts empty and is stored locally, never synced', async () => {
    expect(await loadPeople()).toEqual({ value: [], dropped: 0 });
    await updatePeople((people) => ({ people: addProfile(people, 'instagram:someex', { now: 1, newId: () => 'a' }).people, result: null }));
    expect(await fakeBrowser.storage.local.get('people')).toEqual({
      people: [{ id: 'a', name: '', addedAt: 1, profiles: [{ key: 'instagram:someex', addedAt: 1 }] }],
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('is versioned from v1', async () => {
    // The version mark is decided when the item is defined, so define it afresh on empty storage.
    vi.resetModules();
    const { peopleItem } = await import('../../lib/storage');
    await peopleItem.setValue([]);
    expect(await fakeBrowser.storage.local.get('people$')).toEqual({ people$: { v: 1 } });
  });

  it('reads a damaged stored value without crashing and reports it', async () => {
    await fakeBrowser.storage.local.set({ people: { not: 'a list' } });
    expect(await loadPeople()).toEqual({ value: [], dropped: 1 });
  });

  it('keeps every profile when many pages add at once', async () => {
    const keys = Array.from({ length: 40 }, (_, i) => `instagram:someone${i}`);
    await Promise.all(
      keys.map((key, i) =>
        updatePeople((people) => ({ people: addProfile(people, key, { personId: people[0]?.id, now: i, newId: () => 'only' }).people, result: null })),
      ),
    );
    const { value } = await loadPeople();
    expect(listedKeys(value)).toEqual(new Set(keys));
  });
});
