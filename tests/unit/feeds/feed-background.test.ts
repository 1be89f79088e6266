import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { keepFeedReport } from '../../../platform/background/feed-reports';
import { feedMatchPatterns, syncFeedScript } from '../../../platform/background/feed-script';
import { hiddenCountsItem, learnedIdsItem, peopleItem } from '../../../platform/storage/keys';

const at = new Date('2026-11-26T21:00:00').getTime();
const tab = { id: 7 };
const fromFeedScript = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab };
const sam = (hideInFeeds?: boolean, keys = ['x:someex']) => [{ id: 'a', name: 'Sam', relationship: 'ex', addedAt: 1, profiles: keys.map((key) => ({ key, addedAt: 1 })), ...(hideInFeeds !== undefined && { hideInFeeds }) }];

beforeEach(() => fakeBrowser.reset());

describe('the feed script, registered only while someone’s choice is on', () => {
  // WXT's fakeBrowser has no scripting: a stand-in that keeps what is registered, as Chrome does.
  function fakeScripting() {
    const registered = new Map<string, { matches: string[]; js: string[]; runAt: string }>();
    const scripting = {
      registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[]; js: string[]; runAt: string }[]) => scripts.forEach((script) => registered.set(script.id, script))),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)] : []))),
      executeScript: vi.fn(async (_target: { target: { tabId: number }; files: string[] }) => [] as unknown[]),
    };
    Object.assign(fakeBrowser, { scripting });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 }, { id: 4 }] as never);
    return { registered, scripting };
  }

  it('is registered from the start of every page of the twelve networks when the choice is on, and runs in the tabs open then', async () => {
    const { registered, scripting } = fakeScripting();
    await peopleItem.setValue(sam(true));
    await syncFeedScript();
    expect([...registered.values()]).toEqual([expect.objectContaining({ js: ['feeds.js'], runAt: 'document_start', matches: feedMatchPatterns() })]);
    expect(feedMatchPatterns()).toContain('*://*.instagram.com/*');
    expect(feedMatchPatterns().some((pattern) => pattern.includes('archive') || pattern.includes('nitter'))).toBe(false);
    expect(scripting.executeScript.mock.calls.map(([call]) => call)).toEqual([
      { target: { tabId: 3 }, files: ['/feeds.js'] },
      { target: { tabId: 4 }, files: ['/feeds.js'] },
    ]);
    // Asked again with nothing changed: registered once, run once.
    await syncFeedScript();
    expect(scripting.registerContentScripts).toHaveBeenCalledOnce();
    expect(scripting.executeScript).toHaveBeenCalledTimes(2);
  });

  it('is not registered for people listed before the choice existed, and goes when the last choice is off', async () => {
    const { registered } = fakeScripting();
    await peopleItem.setValue(sam());
    await syncFeedScript();
    expect(registered.size).toBe(0);
    await peopleItem.setValue(sam(true));
    await syncFeedScript();
    expect(registered.size).toBe(1);
    await peopleItem.setValue(sam(false));
    await syncFeedScript();
    expect(registered.size).toBe(0);
  });

  it('forgets the ids learned for a profile taken off the list', async () => {
    fakeScripting();
    await peopleItem.setValue(sam(true));
    await learnedIdsItem.setValue({ 'x:someex': ['x:user/1'], 'x:gone': ['x:user/2'] });
    await syncFeedScript();
    expect(await learnedIdsItem.getValue()).toEqual({ 'x:someex': ['x:user/1'] });
  });
});

describe('what the feed script reports', () => {
  it('adds how many were kept out of sight to the day’s count', async () => {
    await keepFeedReport({ kind: 'hidden', count: 3 }, fromFeedScript, at);
    await keepFeedReport({ kind: 'hidden', count: 2 }, fromFeedScript, at + 1000);
    expect(await hiddenCountsItem.getValue()).toEqual({ '2026-11-26': 5 });
  });

  it('keeps an id learned beside a handle of someone whose choice is on', async () => {
    await peopleItem.setValue(sam(true));
    await keepFeedReport({ kind: 'learned', key: 'x:someex', id: 'x:user/1234567890' }, fromFeedScript, at);
    expect(await learnedIdsItem.getValue()).toEqual({ 'x:someex': ['x:user/1234567890'] });
  });

  it('listens to nobody else: another page of the extension, a page of another site, or an id for someone not hidden in feeds', async () => {
    await peopleItem.setValue(sam());
    await keepFeedReport({ kind: 'hidden', count: 3 }, { ...fromFeedScript, id: 'another-extension' }, at);
    await keepFeedReport({ kind: 'hidden', count: 3 }, { ...fromFeedScript, url: 'https://example.net/' }, at);
    await keepFeedReport({ kind: 'hidden', count: 3 }, { id: fakeBrowser.runtime.id, url: 'https://x.com/' }, at);
    await keepFeedReport({ kind: 'learned', key: 'x:someex', id: 'x:user/1' }, fromFeedScript, at);
    expect(await hiddenCountsItem.getValue()).toEqual({});
    expect(await learnedIdsItem.getValue()).toEqual({});
  });
});
