import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { grantAllowance } from '../../lib/allowances';
import { secondLayer } from '../../platform/background/second-layer';
import { allowancesItem, pausePassItem, peopleItem } from '../../platform/storage/keys';
import { PINNED } from './clock';

const PROFILE = 'https://www.instagram.com/someex/';

beforeEach(async () => {
  fakeBrowser.reset();
  await peopleItem.setValue([{ id: 'a', name: '', relationship: 'ex', addedAt: PINNED, profiles: [{ key: 'instagram:someex', addedAt: PINNED }] }]);
  await pausePassItem.setValue('b7b0c7a4-6f1e-4c55-9d3c-2f0f0d6c1a11');
});

/** A tab that shows `url`, as the browser reports it. */
function tabShowing(url: string) {
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url } as never);
  return vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
}

describe('the background’s second layer', () => {
  it('sends a tab that still shows a listed profile to the pause page, with the pass', async () => {
    const update = tabShowing(PROFILE);
    await secondLayer({ tabId: 7, frameId: 0, url: PROFILE }, 0);
    expect(update).toHaveBeenCalledWith(7, { url: expect.stringMatching(/\/pause\.html\?via=app&pass=b7b0c7a4-6f1e-4c55-9d3c-2f0f0d6c1a11&url=https:\/\/www\.instagram\.com\/someex\/$/) });
  });

  it('leaves a tab alone once the guard got there first, or the user went elsewhere', async () => {
    const update = tabShowing('https://www.instagram.com/explore/');
    await secondLayer({ tabId: 7, frameId: 0, url: PROFILE }, 0);
    expect(update).not.toHaveBeenCalled();
  });

  it('never acts on a frame, an unlisted profile, or an open allowance', async () => {
    const update = tabShowing(PROFILE);
    await secondLayer({ tabId: 7, frameId: 3, url: PROFILE }, 0);
    await secondLayer({ tabId: 7, frameId: 0, url: 'https://www.instagram.com/someone_else/' }, 0);
    await allowancesItem.setValue(grantAllowance({}, 'instagram:someex', Date.now(), 5));
    await secondLayer({ tabId: 7, frameId: 0, url: PROFILE }, 0);
    expect(update).not.toHaveBeenCalled();
  });
});
