import { browser } from '#imports';
import { engineOrigins, SEARCH_ENGINES, type SearchEngine, searchEngineOrigins } from '../lib/search-engines';

/*
 * Access to the search engines: an optional host permission, asked for only from the user's
 * click on "Pause searches for them" (the browser refuses to ask at any other moment), and
 * taken back whenever the user likes in the browser's own settings, with no cooling-off: the
 * settings page always says which engines are covered, never assumes.
 */

/** The engines Letting Go may reach now. */
export async function coveredEngines(): Promise<SearchEngine[]> {
  const granted = await Promise.all(SEARCH_ENGINES.map((engine) => browser.permissions.contains({ origins: engineOrigins(engine) })));
  return SEARCH_ENGINES.filter((_, index) => granted[index]);
}

/**
 * Asks for every engine at once. Must be the first thing a click handler does: the browser
 * accepts the request only during the user's gesture (Chrome: "This function must be called
 * during a user gesture"; Firefox: "permissions.request may only be called from a user input
 * handler"). Resolves with whether access was given.
 */
export function requestEngineAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: searchEngineOrigins() });
}

/** Calls `listener` whenever access is given or taken back (from here or the browser's settings). */
export function onEngineAccessChange(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
