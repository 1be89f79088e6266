import { isUrge, type Urge } from './urge';

/** One person's paused searches in a week. */
export interface PersonSearches {
  /** Whom they were for; null for a search logged before the person was known (never happens today). */
  readonly personId: string | null;
  readonly count: number;
}

/**
 * The week's searches for listed people, per person, most first: searches are their own kind of
 * urge in the summary (they name no profile). Urges between `start` and `end` (exclusive).
 */
export function searchesByPerson(urges: readonly Pick<Urge, 'at' | 'source' | 'outcome' | 'personId'>[], start: number, end: number): PersonSearches[] {
  const counts = new Map<string | null, number>();
  for (const urge of urges) {
    if (urge.source !== 'search' || !isUrge(urge) || urge.at < start || urge.at >= end) continue;
    const key = urge.personId ?? null;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([personId, count]) => ({ personId, count })).sort((a, b) => b.count - a.count || String(a.personId).localeCompare(String(b.personId)));
}
