import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { applyDueChanges } from '../../platform/background/cooling-off';
import { requestChange } from '../../lib/commitment';
import { readPending } from '../../lib/commitment';
import { readSettings } from '../../lib/settings';
import { pendingChangesItem, peopleItem, settingsItem } from '../../platform/storage/keys';
import { loadEvents } from '../../platform/storage/log';
import { loadPeople } from '../../platform/storage/people';

const hour = 3_600_000;
const asked = Date.UTC(2026, 10, 26, 1);

beforeEach(async () => {
  fakeBrowser.reset();
  await peopleItem.setValue([
    { id: 'a', name: 'Sam', addedAt: 1, profiles: [{ key: 'instagram:someex', addedAt: 1 }, { key: 'x:someex', addedAt: 1 }] },
  ]);
});

const queue = async (...requests: Parameters<typeof requestChange>[1][]) => {
  let pending = readPending(await pendingChangesItem.getValue());
  for (const [i, request] of requests.entries()) pending = requestChange(pending, request, { now: asked, coolingOffHours: 24, id: `c${i}` });
  await pendingChangesItem.setValue(pending);
};

describe('applying changes after the cooling-off period (background)', () => {
  it('nothing happens before it has passed', async () => {
    await queue({ kind: 'remove-profile', key: 'x:someex' });
    await applyDueChanges(asked + 23 * hour);
    expect((await loadPeople()).value[0]?.profiles).toHaveLength(2);
    expect(readPending(await pendingChangesItem.getValue())).toHaveLength(1);
  });

  it('then applies each change once and records the gap plainly in the log', async () => {
    await queue({ kind: 'remove-profile', key: 'x:someex' }, { kind: 'pause-protection', hours: 24 }, { kind: 'settings', patch: { strict: false, allowanceMinutes: 10 } });
    await applyDueChanges(asked + 25 * hour);
    await applyDueChanges(asked + 26 * hour); // again: changes nothing more
    expect((await loadPeople()).value[0]?.profiles.map((profile) => profile.key)).toEqual(['instagram:someex']);
    expect(readSettings(await settingsItem.getValue())).toMatchObject({ pausedUntil: asked + 48 * hour, strict: false, allowanceMinutes: 10 });
    expect(readPending(await pendingChangesItem.getValue())).toEqual([]);
    expect((await loadEvents()).map((event) => [event.kind, event.detail])).toEqual([
      ['profile-removed', 'X @someex'],
      ['protection-paused', '1 day'],
      ['settings-loosened', 'strict mode off, profiles stay open 10 minutes after “Continue”'],
    ]);
  });

  it('removes a person with all their profiles', async () => {
    await queue({ kind: 'remove-person', personId: 'a' });
    await applyDueChanges(asked + 24 * hour);
    expect((await loadPeople()).value).toEqual([]);
    expect((await loadEvents())[0]).toMatchObject({ kind: 'person-removed', detail: 'Sam' });
  });
});

describe('a change made due by the clock jumping ahead', () => {
  it('is applied, and the log says plainly that the clock moved', async () => {
    await queue({ kind: 'remove-profile', key: 'x:someex' });
    // Two hours after asking, the clock jumps three days ahead while the extension runs.
    await applyDueChanges(asked + 2 * hour + 72 * hour, 72 * hour);
    expect((await loadPeople()).value[0]?.profiles.map((profile) => profile.key)).toEqual(['instagram:someex']);
    expect((await loadEvents()).map((event) => [event.kind, event.detail])).toEqual([
      ['clock-jumped', '3 days'],
      ['profile-removed', 'X @someex'],
    ]);
  });

  it('is not called early when its time had really come', async () => {
    await queue({ kind: 'remove-profile', key: 'x:someex' });
    // Due since an hour of real time; the clock also moved ahead a little.
    await applyDueChanges(asked + 25 * hour + 20 * 60_000, 20 * 60_000);
    expect((await loadEvents()).map((event) => event.kind)).toEqual(['profile-removed']);
  });
});

describe('“Keep them out of my feeds” turned off', () => {
  it('takes effect after the cooling-off period for that person alone, and the log says so', async () => {
    await peopleItem.setValue([
      { id: 'a', name: 'Sam', addedAt: 1, profiles: [{ key: 'instagram:someex', addedAt: 1 }], hideInFeeds: true },
      { id: 'b', name: '', addedAt: 1, profiles: [{ key: 'x:newpartner', addedAt: 1 }], hideInFeeds: true },
    ]);
    await queue({ kind: 'feeds-off', personId: 'a' });
    await applyDueChanges(asked + 23 * hour);
    expect((await loadPeople()).value.map((person) => person.hideInFeeds)).toEqual([true, true]);
    await applyDueChanges(asked + 24 * hour);
    expect((await loadPeople()).value.map((person) => person.hideInFeeds)).toEqual([false, true]);
    expect((await loadEvents()).map((event) => [event.kind, event.detail])).toEqual([['settings-loosened', 'Sam shown in feeds again']]);
  });

  it('changes nothing when the person has gone meanwhile', async () => {
    await queue({ kind: 'feeds-off', personId: 'gone' });
    await applyDueChanges(asked + 24 * hour);
    expect(readPending(await pendingChangesItem.getValue())).toEqual([]);
    expect(await loadEvents()).toEqual([]);
  });
});
