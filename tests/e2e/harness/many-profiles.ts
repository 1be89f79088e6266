import { networks } from '../../../lib/networks';

// Handles of the lengths and characters people use.
const NAMES = ['sam', 'alex', 'jo', 'maria', 'chris', 'taylor', 'jordan', 'casey'];

/**
 * `count` listed profile keys spread evenly over the 12 networks, every one different, for the
 * browser test of a long list and for `npm run bench`'s largest list that fits.
 */
export function manyProfileKeys(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const network = networks[i % networks.length]!;
    const name = `${NAMES[i % NAMES.length]}${(i * 7919).toString(36)}`;
    const handle = { facebook: `${name}.x${i}`, bluesky: `${name}.bsky.social` }[network.id] ?? name;
    const id = network.fromHandle(handle) ?? network.fromHandle(`${handle}x`);
    if (id === null) throw new Error(`no handle for ${network.id}`);
    return `${network.id}:${id}`;
  });
}
