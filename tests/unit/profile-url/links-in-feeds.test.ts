import { describe, expect, it } from 'vitest';
import { appLinkKey } from '../../../lib/app-links';
import { profileKey } from '../../../lib/profile-url';
import { appLinks, carried, notCarried } from './links-in-feeds.cases';

describe('profileKey: links that carry a profile’s link', () => {
  it.each(carried)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(notCarried)('%s → null', (url) => expect(profileKey(url)).toBeNull());
});

describe('appLinkKey: the networks’ app links', () => {
  it.each(appLinks)('%s → %s', (link, key) => expect(appLinkKey(link)).toBe(key));
  it('leaves web addresses to profileKey, which refuses app links', () => {
    expect(profileKey('fb://profile/100012345')).toBeNull();
  });
});
