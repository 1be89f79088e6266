import { describe, expect, it } from 'vitest';
import { profileKey } from '../../../lib/profile-url';
import { archiveMatches, archiveNonProfiles, mirrorMatches, mirrorNonProfiles } from './mirrors-and-archives.cases';

describe('profileKey: viewer and mirror sites', () => {
  it.each(mirrorMatches)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(mirrorNonProfiles)('%s → null', (url) => expect(profileKey(url)).toBeNull());
});

describe('profileKey: web archives', () => {
  it.each(archiveMatches)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(archiveNonProfiles)('%s → null', (url) => expect(profileKey(url)).toBeNull());
});
