import { networkById } from '../lib/networks';
import { profileKey, recogniseUrl } from '../lib/profile-url';

/*
 * The guard lends its recognition to the feed script. Both are content scripts of this extension
 * on the same pages, so they share one isolated world, which the page's own scripts cannot reach;
 * the guard runs on every page of the supported sites from its start anyway, with `profileKey`
 * and the networks' tables loaded. The feed script (registered only while someone's feeds choice
 * is on) borrows them instead of carrying and compiling a second copy: the same recognition the
 * pause uses, at none of its size. It needs it only once the list is read, a task after both
 * scripts started, whatever order the browser started them in.
 */
export interface Recognition {
  /** lib/profile-url.ts */
  readonly profileKey: (url: string) => string | null;
  /** The id of the network whose page `url` is (lib/networks), if it is one of theirs. */
  readonly networkOf: (url: string) => string | undefined;
  /** A profile's own address, from its key (lib/networks: `profileUrl`). */
  readonly profileUrlOf: (key: string) => string | undefined;
}

const SLOT = 'lettingGoRecognition';
const WAITING = 'lettingGoRecognitionWanted';

/** The guard's side. */
export function lendRecognition(): void {
  const recognition: Recognition = {
    profileKey,
    networkOf: (url) => {
      const page = recogniseUrl(url);
      return page.kind === 'profile' || page.kind === 'network-page' ? page.network.id : undefined;
    },
    profileUrlOf: (key) => {
      const colon = key.indexOf(':');
      return networkById(key.slice(0, colon))?.profileUrl(key.slice(colon + 1));
    },
  };
  (globalThis as Record<string, unknown>)[SLOT] = recognition;
  // The feed script may have started first (Firefox may start it before the guard): it waits.
  const waiting = (globalThis as Record<string, unknown>)[WAITING];
  if (typeof waiting === 'function') waiting();
}

/** The feed script's side: undefined only if the guard is not running in this page. */
export const borrowRecognition = (): Recognition | undefined => (globalThis as Record<string, unknown>)[SLOT] as Recognition | undefined;

/**
 * Resolves once the guard has lent its recognition (at once if it has), or after `timeoutMs` if
 * it never does (a page the guard does not run on), so that the page is not held for ever.
 */
export function recognitionLent(timeoutMs = 3000): Promise<void> {
  if (borrowRecognition() !== undefined) return Promise.resolve();
  return new Promise((resolve) => {
    (globalThis as Record<string, unknown>)[WAITING] = resolve;
    setTimeout(resolve, timeoutMs);
  });
}
