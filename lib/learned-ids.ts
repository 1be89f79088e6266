import { parseProfileKey } from './profile-key';

/*
 * Ids learned for listed profiles. Some things in a feed link to a person only by a permanent id
 * (a follow button's X account number, a YouTube channel id, a LinkedIn member id, a Facebook
 * story's numeric id). When a page shows such an id together with a listed handle, the feed
 * script tells the background, which keeps it here: `{ [listed key]: [id keys] }`. Kept on this
 * device only, shown on the settings page beside the person, and used only to recognise links.
 */
export type LearnedIds = Readonly<Record<string, readonly string[]>>;

/** Ids kept per listed profile: a person has one id per network; a few more allow for changes. */
export const MAX_IDS_PER_PROFILE = 4;

// The key forms that are a permanent id, not a handle (lib/networks/*.ts).
const ID_FORM = /^(?:x:user\/|youtube:channel\/|linkedin:urn\/|bluesky:did:|facebook:\d+$)/;

/** Whether `key` names an account by its permanent id rather than a handle. */
export const isIdForm = (key: string): boolean => ID_FORM.test(key);

const networkOf = (key: string): string => key.slice(0, key.indexOf(':'));

/** The stored ids, each checked: a valid id key of the listed key's own network. Never throws. */
export function readLearnedIds(stored: unknown): LearnedIds {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const learned: Record<string, string[]> = {};
  for (const [key, ids] of Object.entries(stored)) {
    if (!Array.isArray(ids) || parseProfileKey(key) === null || isIdForm(key)) continue;
    const valid = ids.filter((id): id is string => typeof id === 'string' && isIdForm(id) && networkOf(id) === networkOf(key) && parseProfileKey(id) !== null);
    if (valid.length > 0) learned[key] = [...new Set(valid)].slice(-MAX_IDS_PER_PROFILE);
  }
  return learned;
}

/**
 * Remembers `id` for the listed handle `key`; null when there is nothing to keep: `key` is not
 * listed, `id` is not an id of its network, it is known already, or it is listed itself.
 */
export function learnId(stored: unknown, listed: ReadonlySet<string>, key: string, id: string): LearnedIds | null {
  const learned = readLearnedIds(stored);
  if (!listed.has(key) || listed.has(id) || isIdForm(key) || !isIdForm(id) || networkOf(id) !== networkOf(key) || parseProfileKey(id) === null) return null;
  const known = learned[key] ?? [];
  if (known.includes(id)) return null;
  return { ...learned, [key]: [...known, id].slice(-MAX_IDS_PER_PROFILE) };
}

/** Only the ids of profiles still listed: a profile taken off the list takes its ids with it. */
export function keepListed(stored: unknown, listed: ReadonlySet<string>): LearnedIds {
  return Object.fromEntries(Object.entries(readLearnedIds(stored)).filter(([key]) => listed.has(key)));
}
