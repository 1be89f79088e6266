import { browser } from '#imports';
import { welcomeShownItem } from '../storage/keys';

/**
 * Opens the welcome page on first install. Only once: Chromium also reports "install" when an
 * unpacked extension is loaded again into a profile that already has its data.
 */
export async function welcomeOnce(): Promise<void> {
  if (await welcomeShownItem.getValue()) return;
  await welcomeShownItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

/** The pause page's "Go back" when there is nowhere to go back to: closes the sender's tab. */
export async function closeSenderTab(sender: { tab?: { id?: number } }): Promise<void> {
  if (sender.tab?.id !== undefined) await browser.tabs.remove(sender.tab.id);
}
