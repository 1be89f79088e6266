import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readDigest } from '../../lib/urge-history';

beforeEach(() => {
  fakeBrowser.reset();
  // Each test starts the background afresh, with its own listeners.
  vi.resetModules();
  // What WXT's fake browser lacks: request rules, which the background syncs as it starts.
  Object.assign(fakeBrowser, {
    declarativeNetRequest: {
      isRegexSupported: async () => ({ isSupported: true }),
      getDynamicRules: async () => [],
      getSessionRules: async () => [],
      updateDynamicRules: async () => undefined,
      updateSessionRules: async () => undefined,
    },
    // Pausing searches: the optional access to search engines, and the search guard's registration.
    permissions: {
      ...fakeBrowser.permissions,
      contains: async () => false,
      onAdded: { addListener: () => undefined, removeListener: () => undefined },
      onRemoved: { addListener: () => undefined, removeListener: () => undefined },
    },
    scripting: {
      getRegisteredContentScripts: async () => [],
      registerContentScripts: async () => undefined,
      unregisterContentScripts: async () => undefined,
    },
  });
});

type Filter = { url: { hostEquals?: string; hostSuffix?: string }[] };

/** Whether a webNavigation URL filter (any of its conditions) lets this address through. */
const passes = (filter: Filter | undefined, url: string) => {
  if (filter === undefined) return true;
  const host = new URL(url).hostname;
  return filter.url.some((condition) => (condition.hostEquals !== undefined && host === condition.hostEquals) || (condition.hostSuffix !== undefined && host.endsWith(condition.hostSuffix)));
};

describe('the background', () => {
  it('hears of navigation only on the protected sites: never every address the browser visits', async () => {
    const committed = vi.spyOn(fakeBrowser.webNavigation.onCommitted, 'addListener');
    const history = vi.spyOn(fakeBrowser.webNavigation.onHistoryStateUpdated, 'addListener');
    const background = (await import('../../entrypoints/background')).default as unknown as { main: () => void };
    background.main();
    for (const spy of [committed, history]) {
      expect(spy).toHaveBeenCalledOnce();
      const filter = spy.mock.calls[0]![1] as Filter | undefined;
      expect(filter).toBeDefined();
      for (const url of ['https://www.instagram.com/someex/', 'https://m.facebook.com/someex', 'https://web.archive.org/web/2020/x', 'https://twitter.com/someex']) {
        expect(passes(filter, url), url).toBe(true);
      }
      for (const url of ['https://www.example.com/', 'https://mail.google.com/mail/', 'https://notinstagram.com/someex/', 'https://instagram.com.evil.example/someex']) {
        expect(passes(filter, url), url).toBe(false);
      }
    }
  });

  it('counts the urges’ digest once as a new version is installed, so the first popup after an update reads it', async () => {
    await fakeBrowser.storage.local.set({ 'urge:a': { id: 'a', at: Date.now() - 3_600_000, profileKey: 'instagram:someex', source: 'load', strength: null, triggers: [], hopingToFind: '', outcome: 'turned-back', secondsOnScreen: 5, feltAfter: null, reflection: '', shownReflection: null, v: 1 } });
    const background = (await import('../../entrypoints/background')).default as unknown as { main: () => void };
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0', temporary: false });
    await vi.waitFor(async () => expect(readDigest((await fakeBrowser.storage.local.get('urgeDigest')).urgeDigest)?.recent).toMatchObject([{ id: 'a', profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back', strength: null, triggers: [], feltAfter: null }]));
  });
});
