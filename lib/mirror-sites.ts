/**
 * Viewer and mirror sites that show a network's profiles by handle without logging in. They
 * are stopped like the network itself. This table is meant to be edited as sites come and go:
 * each row says where the handle sits in the path.
 */
export interface MirrorSite {
  readonly host: string;
  readonly network: 'instagram' | 'x';
  /**
   * 'same': the site copies the network's own paths (nitter and the embed fixers copy X's).
   * A number: the handle is the path segment at that index, after `prefix` when given.
   */
  readonly handleAt: 'same' | { readonly index: number; readonly prefix?: readonly string[] };
}

export const mirrorSites: readonly MirrorSite[] = [
  { host: 'picuki.com', network: 'instagram', handleAt: { index: 1, prefix: ['profile'] } },
  { host: 'imginn.com', network: 'instagram', handleAt: 'same' },
  { host: 'dumpor.io', network: 'instagram', handleAt: { index: 1, prefix: ['v'] } },
  { host: 'greatfon.io', network: 'instagram', handleAt: { index: 1, prefix: ['v'] } },
  { host: 'nitter.net', network: 'x', handleAt: 'same' },
  { host: 'nitter.poast.org', network: 'x', handleAt: 'same' },
  { host: 'nitter.privacydev.net', network: 'x', handleAt: 'same' },
  { host: 'xcancel.com', network: 'x', handleAt: 'same' },
  { host: 'fxtwitter.com', network: 'x', handleAt: 'same' },
  { host: 'fixupx.com', network: 'x', handleAt: 'same' },
  { host: 'vxtwitter.com', network: 'x', handleAt: 'same' },
  { host: 'fixvx.com', network: 'x', handleAt: 'same' },
  { host: 'twstalker.com', network: 'x', handleAt: 'same' },
  { host: 'sotwe.com', network: 'x', handleAt: 'same' },
];

/** Web archives whose copies carry the archived URL in their path. */
export const archiveHosts: readonly string[] = [
  'web.archive.org', 'archive.org', 'archive.ph', 'archive.today', 'archive.is', 'archive.li',
  'archive.vn', 'archive.fo', 'archive.md',
];
