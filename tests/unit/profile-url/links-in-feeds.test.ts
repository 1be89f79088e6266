import { describe, expect, it } from 'vitest';
import { profileKey } from '../../../lib/profile-url';
import { carried, notCarried } from './links-in-feeds.cases';

describe('profileKey: links that carry a profile’s link', () => {
  it.each(carried)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(notCarried)('%s → null', (url) => expect(profileKey(url)).toBeNull());
  it('refuses the networks’ app links, which are not web addresses', () => {
    expect(profileKey('fb://profile/100012345')).toBeNull();
    expect(profileKey('instagram://user?username=someex')).toBeNull();
  });
});
