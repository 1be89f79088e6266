import { type Network, networkById } from './networks';
import { profileKey } from './profile-url';

/** A profile key split into its network and the network's identifier. */
export interface ProfileRef {
  readonly key: string;
  readonly network: Network;
  readonly id: string;
}

/**
 * Reads a key such as `instagram:someex`; null for anything that is not a valid key. A key is
 * valid only when the network's own profile address for it gives the same key back, so a
 * stored or imported value can never name something `profileKey` would not.
 */
export function parseProfileKey(key: unknown): ProfileRef | null {
  if (typeof key !== 'string') return null;
  // A log holds the same few keys thousands of times: remember the answer for each.
  const known = parsed.get(key);
  if (known !== undefined) return known;
  if (parsed.size >= MAX_REMEMBERED) parsed.clear();
  const ref = parse(key);
  parsed.set(key, ref);
  return ref;
}

const MAX_REMEMBERED = 1000;
const parsed = new Map<string, ProfileRef | null>();

function parse(key: string): ProfileRef | null {
  const colon = key.indexOf(':');
  if (colon <= 0) return null;
  const network = networkById(key.slice(0, colon));
  const id = key.slice(colon + 1);
  if (network === undefined || id === '') return null;
  return profileKey(network.profileUrl(id)) === key ? { key, network, id } : null;
}

/** "Instagram @someex": how a profile is named everywhere in the interface. */
export function describeProfile(ref: ProfileRef): string {
  return `${ref.network.label} ${ref.network.display(ref.id)}`;
}
