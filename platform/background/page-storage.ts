import { browser } from '#imports';
import { t } from '../i18n';

/**
 * Clears the extension's page storage (localStorage) from the background. Firefox's background
 * is a page and has it; Chrome's service worker does not, so it opens an offscreen document
 * that clears it (public/clear-page-storage.js) and closes it again.
 */
export async function clearPageStorage(): Promise<void> {
  if (globalThis.localStorage !== undefined) {
    globalThis.localStorage.clear();
    return;
  }
  const offscreen = (browser as unknown as { offscreen?: Offscreen }).offscreen;
  if (offscreen === undefined) return;
  // The browser may show the justification to the user: in their words.
  await offscreen.createDocument({ url: '/clear-page-storage.html', reasons: ['LOCAL_STORAGE'], justification: t('data.clearingPageStorage') });
  await offscreen.closeDocument();
}

interface Offscreen {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}
