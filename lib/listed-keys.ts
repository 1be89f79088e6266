import { parseProfileKey } from './profile-key';

/**
 * The listed profile keys read straight from the stored people list, tolerating any shape.
 * The navigation guard uses this instead of `sanitisePeople` so that the content script, which
 * runs on every page of the supported sites, does not carry the validation library.
 */
export function listedKeysFromStored(stored: unknown): Set<string> {
  const keys = new Set<string>();
  if (!Array.isArray(stored)) return keys;
  for (const person of stored) {
    const profiles: unknown = person?.profiles;
    if (!Array.isArray(profiles)) continue;
    for (const profile of profiles) {
      const key: unknown = profile?.key;
      if (typeof key === 'string' && parseProfileKey(key) !== null) keys.add(key);
    }
  }
  return keys;
}
