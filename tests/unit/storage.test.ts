import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addProfile, listedKeys } from '../../lib/people';
import { loadPeople, updatePeople } from '../../platform/storage/people';

beforeEach(() => fakeBrowser.reset());

describe('people storage', () => {
  it('starts empty and is stored locally, never synced', async () => {
    expect(await loadPeople()).toEqual({ value: [], dropped: 0 });
    await updatePeople((people) => ({ people: addProfile(people, 'instagram:someex', { now: 1, newId: () => 'a' }).people, result: null }));
    expect(await fakeBrowser.storage.local.get('people')).toEqual({
      people: [{ id: 'a', name: '', relationship: 'ex', addedAt: 1, profiles: [{ key: 'instagram:someex', addedAt: 1 }], hideInFeeds: true }],
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('is versioned, now at v2', async () => {
    // The version mark is decided when the item is defined, so define it afresh on empty storage.
    vi.resetModules();
    const { peopleItem } = await import('../../platform/storage/keys');
    await peopleItem.setValue([]);
    expect(await fakeBrowser.storage.local.get('people$')).toEqual({ people$: { v: 2 } });
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

describe('people storage: v1 → v2 migration', () => {
  // What version 1 wrote: no relationship; one person also carries a field from some other
  // version, and one entry is damaged.
  const v1 = [
    { id: 'p1', name: 'Sam', addedAt: 1_700_000_000_000, profiles: [{ key: 'instagram:someex', addedAt: 1_700_000_000_000 }, { key: 'x:someex', addedAt: 1_700_000_100_000 }] },
    { id: 'p2', name: '', addedAt: 1_700_000_200_000, colour: '#ff0000', profiles: [{ key: 'tiktok:newpartner', addedAt: 1_700_000_200_000, pinned: true }] },
    'not a person',
  ];

  async function freshStorage() {
    // Items run their migrations when defined: define them anew over the seeded values.
    vi.resetModules();
    return import('../../platform/storage/people');
  }

  it('gives every v1 person a relationship, keeps every profile, and marks the data v2', async () => {
    await fakeBrowser.storage.local.set({ people: v1, people$: { v: 1 } });
    const { loadPeople } = await freshStorage();
    const { value, dropped } = await loadPeople();
    expect(dropped).toBe(1);
    expect(value).toEqual([
      { id: 'p1', name: 'Sam', relationship: 'ex', addedAt: 1_700_000_000_000, profiles: (v1[0] as { profiles: unknown }).profiles },
      { id: 'p2', name: '', relationship: 'ex', addedAt: 1_700_000_200_000, profiles: [{ key: 'tiktok:newpartner', addedAt: 1_700_000_200_000 }] },
    ]);
    expect(await fakeBrowser.storage.local.get('people$')).toEqual({ people$: { v: 2 } });
    // The stored value itself was migrated, unknown fields and all, not just the copy read.
    const { people } = await fakeBrowser.storage.local.get('people');
    expect((people as { relationship?: string; colour?: string }[])[1]).toMatchObject({ relationship: 'ex', colour: '#ff0000' });
  });

  it('treats data with no version mark as v1', async () => {
    await fakeBrowser.storage.local.set({ people: [v1[0]] });
    const { loadPeople } = await freshStorage();
    expect((await loadPeople()).value[0]?.relationship).toBe('ex');
  });

  it('leaves v2 data as it is', async () => {
    await fakeBrowser.storage.local.set({ people: [{ ...v1[0] as object, relationship: 'new-partner' }], people$: { v: 2 } });
    const { loadPeople } = await freshStorage();
    expect((await loadPeople()).value[0]?.relationship).toBe('new-partner');
  });
});

describe('people storage: entries this version cannot read', () => {
  const now = 1_790_000_000_000;
  // A person from a newer version (a relationship this version does not know), a damaged entry,
  // and a readable person with a profile of an unknown kind and a field of its own.
  const stored = [
    { id: 'a', name: 'Sam', relationship: 'ex', addedAt: now, mood: 'from v3', profiles: [{ key: 'instagram:someex', addedAt: now, pinned: true }, { key: 'mastodon:sam@social.example', addedAt: now }] },
    { id: 'b', name: 'Alex', relationship: 'situationship', addedAt: now, profiles: [{ key: 'x:alexsomeone', addedAt: now }] },
    'damaged',
  ];

  it('are kept exactly as they were by the next edit, and still reported', async () => {
    await fakeBrowser.storage.local.set({ people: stored, people$: { v: 2 } });
    expect((await loadPeople()).dropped).toBe(3);
    await updatePeople((people) => ({ people: addProfile(people, 'tiktok:someex', { personId: 'a', now, newId: () => 'new' }).people, result: null }));
    await updatePeople((people) => ({ people: people.map((person) => ({ ...person, name: 'Sam R.' })), result: null }));
    const { people } = await fakeBrowser.storage.local.get('people');
    expect(people).toEqual([
      {
        id: 'a', name: 'Sam R.', relationship: 'ex', addedAt: now, mood: 'from v3',
        profiles: [{ key: 'instagram:someex', addedAt: now, pinned: true }, { key: 'tiktok:someex', addedAt: now }, { key: 'mastodon:sam@social.example', addedAt: now }],
      },
      stored[1],
      'damaged',
    ]);
    expect((await loadPeople()).dropped).toBe(3);
  });

  it('go only when their own person is removed on purpose', async () => {
    await fakeBrowser.storage.local.set({ people: stored, people$: { v: 2 } });
    await updatePeople((people) => ({ people: people.filter((person) => person.id !== 'a'), result: null }));
    expect((await fakeBrowser.storage.local.get('people')).people).toEqual([stored[1], 'damaged']);
  });
});

describe('settings storage', () => {
  it('two changes made at the same moment from two places both stay', async () => {
    const { loadSettings, updateSettings } = await import('../../platform/storage/settings');
    const { DEFAULT_SETTINGS } = await import('../../lib/settings');
    // The options page tightens strict mode while the background applies a longer allowance.
    await Promise.all([
      updateSettings((current) => ({ ...current, strict: true })),
      updateSettings((current) => ({ ...current, allowanceMinutes: 10 })),
      updateSettings((current) => ({ ...current, weeklyNotification: { ...current.weeklyNotification, hour: 8 } })),
    ]);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, strict: true, allowanceMinutes: 10, weeklyNotification: { ...DEFAULT_SETTINGS.weeklyNotification, hour: 8 } });
  });

  it('keeps the fields this version does not know, and each unreadable field falls back alone', async () => {
    const { loadSettings, updateSettings } = await import('../../platform/storage/settings');
    await fakeBrowser.storage.local.set({ settings: { strict: true, allowanceMinutes: 'soon', fromV3: { theme: 'dusk' } } });
    expect(await loadSettings()).toMatchObject({ strict: true, allowanceMinutes: 5 });
    await updateSettings((current) => ({ ...current, coolingOffHours: 48 }));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ strict: true, coolingOffHours: 48, fromV3: { theme: 'dusk' } });
  });
});
