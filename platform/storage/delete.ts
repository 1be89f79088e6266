import { storage } from '#imports';

/**
 * Removes everything Letting Go keeps in this browser: the extension's storage, and the page
 * storage copy of the week, which only a page can reach (`clearPageStorage` reaches it from
 * Chrome's service worker, which has none: platform/background/page-storage.ts).
 */
export async function deleteEverything(clearPageStorage: () => Promise<void> = async () => globalThis.localStorage?.clear()): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
  await clearPageStorage();
}
