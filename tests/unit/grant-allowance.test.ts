import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { grantAllowance } from '../../platform/background/grant-allowance';
import { activeAllowances } from '../../lib/allowances';
import { addProfile } from '../../lib/people';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { allowancesItem, settingsItem } from '../../platform/storage/keys';
import { updatePeople } from '../../platform/storage/people';

const now = new Date('2026-11-26T21:00').getTime();
const pausePage = () => ({ id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/pause.html?via=load&url=https://www.instagram.com/someex/` });

beforeEach(async () => {
  fakeBrowser.reset();
  await updatePeople((people) => ({ people: addProfile(people, 'instagram:someex', { now, newId: () => 'p' }).people, result: null }));
});

describe('"Continue" in the background', () => {
  it('opens a listed profile for the chosen minutes once its allow rule is in place', async () => {
    const sync = vi.fn(async () => undefined);
    expect(await grantAllowance('instagram:someex', pausePage(), sync, now)).toEqual({ expiresAt: now + 5 * 60_000 });
    expect(sync).toHaveBeenCalled();
    expect(Object.keys(activeAllowances(await allowancesItem.getValue(), now))).toEqual(['instagram:someex']);
  });

  it.each([
    ['a content script on the site', { id: 'letting-go', url: 'https://www.instagram.com/someex/' }],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/pause.html' }],
    ['another page of ours', { id: 'letting-go', url: 'chrome-extension://letting-go/popup.html' }],
    ['an unknown sender', {}],
  ])('refuses %s', async (_, sender) => {
    fakeBrowser.runtime.id = 'letting-go';
    await expect(grantAllowance('instagram:someex', sender, async () => undefined, now)).rejects.toThrow('not-pause-page');
    expect(await allowancesItem.getValue()).toEqual({});
  });

  it('refuses in strict mode, which offers no way to continue', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, strict: true });
    await expect(grantAllowance('instagram:someex', pausePage(), async () => undefined, now)).rejects.toThrow('strict');
    expect(await allowancesItem.getValue()).toEqual({});
  });

  it('refuses a profile that is not listed', async () => {
    await expect(grantAllowance('x:someoneelse', pausePage(), async () => undefined, now)).rejects.toThrow('not-listed');
  });

  it('takes the allowance back and says so when the browser refuses its rule', async () => {
    const full = async () => {
      throw new Error('Session rule count for regex rules exceeded.');
    };
    await expect(grantAllowance('instagram:someex', pausePage(), full, now)).rejects.toThrow('no-room');
    expect(activeAllowances(await allowancesItem.getValue(), now)).toEqual({});
  });
});
