import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import type { Network } from './network';
import { pinterest } from './pinterest';
import { reddit } from './reddit';
import { snapchat } from './snapchat';
import { threads } from './threads';
import { tiktok } from './tiktok';
import { tumblr } from './tumblr';
import { x } from './x';
import { youtube } from './youtube';

export type { Network, UrlParts } from './network';

/** Every supported network, in the order the user sees them. */
export const networks: readonly Network[] = [
  instagram, facebook, x, tiktok, threads, snapchat, linkedin, youtube, reddit, bluesky, pinterest, tumblr,
];

// Built on first use, so that a bundle importing this module without calling it leaves it out.
let byId: Map<string, Network> | undefined;

export function networkById(id: string): Network | undefined {
  return (byId ??= new Map(networks.map((network) => [network.id, network]))).get(id);
}
