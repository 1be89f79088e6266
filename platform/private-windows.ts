import { browser } from '#imports';

/** The browser-facing half of PrivateWindowsNote, shared by the options page and the popup. */
export const privateWindows = {
  isAllowed: () => browser.extension.isAllowedIncognitoAccess(),
  browser: import.meta.env.FIREFOX ? ('firefox' as const) : ('chrome' as const),
  openSettings: () => void browser.tabs.create({ url: `chrome://extensions/?id=${browser.runtime.id}` }),
};

/*
 * Whether the popup has shown the full private-windows note once: after that it is one line, with
 * the way to allow it a click away. Kept in page storage (the note's own state, nothing of the
 * user's), which "Delete everything" clears too.
 */
const SEEN = 'letting-go:privateWindowsNoteSeen';

export const privateWindowsNote = {
  seen: (): boolean => {
    try {
      return globalThis.localStorage?.getItem(SEEN) === '1';
    } catch {
      return false;
    }
  },
  markSeen: (): void => {
    try {
      globalThis.localStorage?.setItem(SEEN, '1');
    } catch {
      // Page storage turned off: the full note shows again next time, which is harmless.
    }
  },
};
