/**
 * Where the Navigation API is missing (Firefox before 147), the only way to see the site's
 * history.pushState() before it renders is to replace the page's own methods. Firefox lets a
 * content script do that through the page's unwrapped window and `exportFunction`.
 * https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Sharing_objects_with_page_scripts
 */
type ExportFunction = (fn: (...args: unknown[]) => unknown, target: object, options: { defineAs: string }) => void;

export function patchHistory(window: Window, blocks: (url: string) => boolean): boolean {
  const page = (window as unknown as { wrappedJSObject?: Window }).wrappedJSObject;
  const exportFunction = (globalThis as { exportFunction?: ExportFunction }).exportFunction;
  if (page === undefined || exportFunction === undefined) return false;
  const history = page.history;
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name];
    exportFunction(
      (state: unknown, unused: unknown, url: unknown) => {
        if (url !== undefined && url !== null && blocks(new URL(String(url), window.location.href).href)) return undefined;
        return original.call(history, state, unused as string, url as string | undefined);
      },
      history,
      { defineAs: name },
    );
  }
  return true;
}
