/**
 * The few extension calls the navigation guard makes. It talks to the browser's own `browser`
 * (Firefox) or `chrome` (Chromium, promise-based in MV3) object directly instead of through
 * webextension-polyfill: this script runs on every page of the supported sites, and the polyfill
 * alone would be a third of its size.
 */
interface StorageChange {
  readonly newValue?: unknown;
}
interface ExtensionApi {
  readonly runtime: { getURL(path: string): string };
  readonly storage: {
    readonly local: { get(keys: string[]): Promise<Record<string, unknown>> };
    readonly onChanged: { addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void };
  };
}

export const extensionApi = ((globalThis as { browser?: ExtensionApi }).browser ??
  (globalThis as unknown as { chrome: ExtensionApi }).chrome) as ExtensionApi;
