import { describe, expect, it } from 'vitest';
import { profileKey } from '../../../lib/profile-url';
import { matches, nonProfiles } from './tiktok.cases';

describe('profileKey: TikTok', () => {
  it.each(matches)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));
  it.each(nonProfiles)('%s → null', (url) => expect(profileKey(url)).toBeNull());
});
