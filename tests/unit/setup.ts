import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { pinClock } from './clock';
import { useLanguage } from './messages';

// The browser's language, read once when components/i18n.ts loads: dates and numbers follow it.
fakeBrowser.i18n.getUILanguage = () => 'en-US';

// WXT's fakeBrowser does not implement every API the pages call; these stand in for the browser
// defaults. A test that cares sets its own value after this.
beforeEach(() => {
  // No test depends on the day it runs: each starts on one pinned clock (clock.ts).
  pinClock();
  useLanguage('en');
  vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockResolvedValue(true);
  // Access to the search engines (an optional permission): not given, unless a test gives it.
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
  // (Plain functions, not mocks: a page closed after the test still takes its listener away.)
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    Object.assign(event, { addListener: () => undefined, removeListener: () => undefined });
  }
  // Page storage holds the popup's first-frame copy (lib/storage.ts); it starts empty like the
  // browser's storage, which each test resets with fakeBrowser.reset().
  globalThis.localStorage?.clear();
});

afterEach(() => {
  vi.useRealTimers();
});
