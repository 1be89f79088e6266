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
    // Id forms that feeds link to (lib/networks/x.ts, linkedin.ts): their keys read back too.
    ['x:user/1234567890', 'X id 1234567890'],
    ['linkedin:urn/ACoAADSoo60BM6hxemTbnN2aA_Z1-WlNFRhRYhU', 'LinkedIn in/ACoAADSoo60BM6hxemTbnN2aA_Z1-WlNFRhRYhU'],
    ['youtube:王小明', 'YouTube @王小明'],
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
