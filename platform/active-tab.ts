import { browser } from '#imports';

/**
 * The address of the tab the popup was opened over. The browser reveals it only on hosts the
 * extension may access (the supported networks), which is exactly where it is useful.
 */
export async function activeTabUrl(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}
