/**
 * The few extension calls the feed script makes, on the browser's own `browser` (Firefox) or
 * `chrome` (Chromium) object rather than through webextension-polyfill: like the guard
 * (platform/guard/extension-api.ts), it runs on every page of the supported sites and must stay
 * small.
 */
interface StorageChange {
  readonly newValue?: unknown;
}
export interface FeedExtensionApi {
  readonly runtime: { getURL(path: string): string; sendMessage(message: unknown): Promise<unknown> };
  readonly storage: {
    readonly local: { get(keys: string[]): Promise<Record<string, unknown>> };
    readonly onChanged: { addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void };
  };
  readonly i18n: { getMessage(name: string): string };
  /** Chromium only: a closed shadow root, which extensions may see into. */
  readonly dom?: { openOrClosedShadowRoot?(element: Element): ShadowRoot | null };
}

export const feedExtensionApi = ((globalThis as { browser?: FeedExtensionApi }).browser ??
  (globalThis as unknown as { chrome: FeedExtensionApi }).chrome) as FeedExtensionApi;

/** An element's shadow root, open or closed, as far as this browser lets an extension see. */
export const shadowRootOf = (element: Element): ShadowRoot | null =>
  feedExtensionApi.dom?.openOrClosedShadowRoot?.(element) ?? (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? element.shadowRoot;
