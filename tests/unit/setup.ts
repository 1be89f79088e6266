import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// WXT's fakeBrowser does not implement every API the pages call; these stand in for the browser
// defaults. A test that cares sets its own value after this.
beforeEach(() => {
  vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockResolvedValue(true);
});
