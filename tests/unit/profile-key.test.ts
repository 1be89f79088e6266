import { describe, expect, it } from 'vitest';
import { networks } from '../../lib/networks';
import { describeProfile, parseProfileKey } from '../../lib/profile-key';
import { profileKey } from '../../lib/profile-url';

describe('parseProfileKey', () => {
  it.each([
    ['instagram:someex', 'Instagram @someex'],
    ['facebook:100012345', 'Facebook id 100012345'],
    ['youtube:channel/UCabcdefghijklmnopqrstuv', 'YouTube channel/UCabcdefghijklmnopqrstuv'],
    ['reddit:someex', 'Reddit u/someex'],
    ['linkedin:jürgen-m', 'LinkedIn in/jürgen-m'],
  ])('%s reads as %s', (key, described) => {
    const ref = parseProfileKey(key);
    expect(ref).not.toBeNull();
    expect(describeProfile(ref!)).toBe(described);
  });

  it.each(['', 'instagram', 'instagram:', 'instagram:SomeEx', 'myspace:tom', 'x:has space', 'x:a/b', 42, null, undefined, {}])(
    'refuses %j',
    (key) => expect(parseProfileKey(key)).toBeNull(),
  );

  it('every network turns its own profile address back into the same key', () => {
    for (const network of networks) {
      const handle = network.id === 'bluesky' ? 'someex.bsky.social' : 'someex';
      const id = network.fromHandle(handle);
      expect(id, network.id).not.toBeNull();
      expect(profileKey(network.profileUrl(id!)), network.id).toBe(`${network.id}:${id}`);
    }
  });
});
