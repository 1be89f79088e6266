import { describe, expect, it } from 'vitest';
import { profileKey } from '../../../lib/profile-url';
import { matches, nonProfiles, randomInputs } from './garbage.cases';

describe('profileKey: garbage and hostile input', () => {
  it.each(nonProfiles.map((url) => [url.length > 120 ? `${url.slice(0, 60)}… (${url.length} chars)` : url, url]))(
    '%s → null',
    (_label, url) => expect(profileKey(url)).toBeNull(),
  );
  it.each(matches)('%s → %s', (url, key) => expect(profileKey(url)).toBe(key));

  it('never throws and returns string or null for 2,000 random URL-ish strings', () => {
    for (const input of randomInputs(2000, 20240229)) {
      let key: unknown;
      expect(() => {
        key = profileKey(input);
      }, JSON.stringify(input)).not.toThrow();
      expect(key === null || typeof key === 'string', JSON.stringify(input)).toBe(true);
    }
  });
});
