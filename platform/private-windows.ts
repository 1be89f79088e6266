import { browser } from '#imports';

/** The browser-facing half of PrivateWindowsNote, shared by the options page and the popup. */
export const privateWindows = {
  isAllowed: () => browser.extension.isAllowedIncognitoAccess(),
  browser: import.meta.env.FIREFOX ? ('firefox' as const) : ('chrome' as const),
  openSettings: () => void browser.tabs.create({ url: `chrome://extensions/?id=${browser.runtime.id}` }),
};
