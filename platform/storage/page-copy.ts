import { systemClock } from '../../lib/clock';
import { readSettings, type Settings } from '../../lib/settings';
import { type UrgeHistory, usableDigest } from '../../lib/urge-history';

/*
 * A copy of what the popup's first frame shows (the stored digest, and the settings as the popup
 * last read them) in the extension's own page storage, which a page reads at once, without
 * waiting for the browser's storage: the popup paints this week in its very first frame. It is
 * only ever a copy of a stored digest, written by whoever wrote that digest (the background never
 * does), and carries its revision: the popup checks it against the stored digest at once and
 * shows the stored one if they differ. It lives on this device like everything else and is
 * deleted with everything else. Where page storage is unavailable (the background, tests),
 * nothing is copied.
 */
const COPY_OF_DIGEST = 'letting-go:urgeDigest';
const COPY_OF_SETTINGS = 'letting-go:settings';

function keep(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // Full or turned off: the popup then reads the browser's storage, a frame or two later.
  }
}

function kept(key: string): unknown {
  try {
    const copy = globalThis.localStorage?.getItem(key);
    return copy == null ? undefined : JSON.parse(copy);
  } catch {
    return undefined;
  }
}

/** Keeps a copy of the digest as stored (`storedDigest`), for the next first frame. */
export const copyDigest = (stored: unknown): void => keep(COPY_OF_DIGEST, stored);

/** Deletes the copy of the digest (with the log it was copied from). */
export function forgetDigestCopy(): void {
  try {
    globalThis.localStorage?.removeItem(COPY_OF_DIGEST);
  } catch {
    // Page storage turned off: there is no copy to delete.
  }
}

/** Keeps the settings the popup read for its next first frame. */
export const copySettings = (settings: Settings): void => keep(COPY_OF_SETTINGS, settings);

/** The popup's first frame from the copy, at once; null when there is no usable copy. */
export function copiedFirstFrame(now = systemClock()): { digest: UrgeHistory; settings: Settings } | null {
  const digest = usableDigest(kept(COPY_OF_DIGEST), now);
  return digest === null ? null : { digest, settings: readSettings(kept(COPY_OF_SETTINGS)) };
}
