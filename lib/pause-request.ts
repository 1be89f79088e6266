import { profileKey } from './profile-url';

/** How the visit was stopped: a full page load (request rule) or navigation inside the site. */
export type Via = 'load' | 'app';

// The request rules append the original URL unencoded after this marker (see redirect-rules.ts),
// so the address is everything after it, whatever characters it holds.
const URL_MARKER = '&url=';

/** The pause page's address for a stopped visit. */
export function pausePageHref(pausePageUrl: string, target: string, via: Via): string {
  return `${pausePageUrl}?via=${via}${URL_MARKER}${target}`;
}

export interface PauseRequest {
  readonly target: string;
  readonly key: string;
  readonly via: Via;
}

/**
 * Reads the pause page's own address. Returns null unless it names a person's profile on a
 * supported network: a javascript:, data: or any other address is never something to go to.
 */
export function readPauseRequest(href: string): PauseRequest | null {
  const at = href.indexOf(URL_MARKER);
  if (at === -1) return null;
  const target = href.slice(at + URL_MARKER.length);
  const key = profileKey(target);
  if (key === null) return null;
  const via: Via = href.slice(0, at).includes('via=app') ? 'app' : 'load';
  return { target, key, via };
}
