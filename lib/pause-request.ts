import { passParam } from './pause-pass';
import { profileKey } from './profile-url';
import type { Arrival } from './urge';

// In a file of their own so the search guard can read the pass without carrying every network.
export { passParam, readPass } from './pause-pass';

/**
 * How the visit was stopped: a full page load (request rule), navigation inside the site, or
 * "Show" on something of theirs hidden in a feed (platform/feeds/).
 */
export type Via = 'load' | 'app' | 'feed';

// The request rules append the original URL unencoded after this marker (see redirect-rules.ts),
// so the address is everything after it, whatever characters it holds.
const URL_MARKER = '&url=';

/**
 * The pause page's address for a stopped visit. `pass` is a secret of this installation
 * (stored locally, never shown to a site): only the extension's own rules and guard know it, so
 * a pause page reached without it was opened by a link someone else wrote.
 */
export function pausePageHref(pausePageUrl: string, target: string, via: Via, pass: string): string {
  return `${pausePageUrl}?via=${via}${passParam(pass)}${URL_MARKER}${target}`;
}

/**
 * Whether the user started this pause themselves: the address carries this installation's pass
 * (only the extension's rules and guard know it) and no other page's script opened the tab
 * (`window.opener`). Otherwise, how it arrived.
 */
export function arrivalOf(request: PauseRequest, storedPass: string, hasOpener: boolean): Arrival | undefined {
  if (storedPass === '' || request.pass !== storedPass) return 'outside-link';
  return hasOpener ? 'opened-by-page' : undefined;
}


export interface PauseRequest {
  readonly target: string;
  readonly key: string;
  readonly via: Via;
  /** The pass in the address, '' when there is none. */
  readonly pass: string;
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
  const head = href.slice(0, at);
  const via = (/[?&]via=(app|feed)(?:&|$)/.exec(head)?.[1] ?? 'load') as Via;
  const pass = /[?&]pass=([A-Za-z0-9-]{1,64})(?:&|$)/.exec(head)?.[1] ?? '';
  return { target, key, via, pass };
}
