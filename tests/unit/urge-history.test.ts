import { describe, expect, it } from 'vitest';
import { pendingFeltAfter } from '../../lib/felt-after';
import { pauseStory } from '../../lib/pause-story';
import { type FeltAfter, newUrge, type Outcome, TRIGGERS, type Urge } from '../../lib/urge';
import { coversNow, digestCutoff, digestOf, foldBefore, historyOf, readDigest, storedDigest, type UrgeHistory, withRemoved, withSaved } from '../../lib/urge-history';
import { streaks, streaksOf, summariseSortedWeek, summariseWeek } from '../../lib/week-summary';

// TZ is pinned to Europe/Berlin (vitest.config.ts): the DST change of 25 October 2026 is inside
// the ranges below.
const DAY = 86_400_000;
const now = new Date('2026-11-26T21:00').getTime();

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const OUTCOMES: readonly Outcome[] = ['turned-back', 'continued', 'undecided'];
const FELT: readonly (FeltAfter | null)[] = [null, null, 'better', 'same', 'worse', 'skipped'];

function randomUrges(seed: number, count: number, spanDays: number): Urge[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const outcome = pick(OUTCOMES);
    return newUrge({
      id: `s${seed}-${i}`,
      // A few in the future (a clock that was ahead), most in the past.
      at: Math.round(now - next() * spanDays * DAY + 0.05 * spanDays * DAY * (next() < 0.03 ? 1 : 0)),
      profileKey: next() < 0.2 ? null : 'instagram:someex',
      source: pick(['load', 'app', 'manual'] as const),
      outcome,
      strength: next() < 0.3 ? null : 1 + Math.floor(next() * 10),
      triggers: TRIGGERS.filter(() => next() < 0.2),
      feltAfter: outcome === 'continued' ? pick(FELT) : null,
      hopingToFind: 'a private note that the digest never copies',
    });
  });
}

/** Every figure the popup and the pause screen show, from one history. */
function figures(history: UrgeHistory, at: number) {
  return {
    week: summariseSortedWeek(history.recent, at, 1),
    weekFromSunday: summariseSortedWeek(history.recent, at, 0),
    streaks: streaksOf(history, at),
    story: pauseStory(history, at, null, 1),
    feltAfter: pendingFeltAfter(history.recent, at)?.id ?? null,
  };
}

describe('the urges’ digest', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives the same figures as every urge read in full (seed %i)', (seed) => {
    const urges = randomUrges(seed, 400, 120);
    const full = historyOf(urges);
    const digest = digestOf(urges, now);
    expect(digest.cutoff).toBe(digestCutoff(now));
    expect(digest.recent.length).toBeLessThan(urges.length / 3);
    expect(figures(digest, now)).toEqual(figures(full, now));
    // Later the same day and days later, the digest still reaches back far enough.
    for (const later of [now + 2 * 3_600_000, now + 3 * DAY]) {
      expect(coversNow(digest, later)).toBe(true);
      expect(figures(digest, later)).toEqual(figures(full, later));
    }
    // The full summaries agree with the unsorted one-pass reading too.
    expect(figures(full, now).week).toEqual(summariseWeek(urges, now, 1));
    expect(streaksOf(full, now)).toEqual(streaks([...urges].reverse(), now));
  });

  it('kept up save by save (new urges, then decisions and answers) equals one counted from scratch', () => {
    for (const seed of [11, 12, 13]) {
      const urges = randomUrges(seed, 300, 40).sort((a, b) => a.at - b.at);
      const next = random(seed);
      let digest: UrgeHistory | null = digestOf([], urges[0]!.at);
      const stored = new Map<string, Urge>();
      for (const urge of urges) {
        // Each urge is saved as the pause opens (undecided), then again with the choice made,
        // the clock moving on as it does.
        const clock = urge.at + Math.floor(next() * 60_000);
        const opened = { ...urge, outcome: 'undecided' as const, feltAfter: null };
        digest = digest && withSaved(digest, opened, clock);
        stored.set(urge.id, opened);
        digest = digest && withSaved(digest, urge, clock + 30_000);
        stored.set(urge.id, urge);
      }
      expect(digest).not.toBeNull();
      const end = urges.at(-1)!.at + 60_000;
      expect(storedDigest(digest!)).toEqual(storedDigest(foldBefore(historyOf([...stored.values()]), digest!.cutoff)));
      expect(figures(digest!, end)).toEqual(figures(historyOf([...stored.values()]), end));
    }
  });

  it('cannot keep up with a change to an urge older than what it lists, and says so', () => {
    const urges = randomUrges(21, 200, 60);
    const digest = digestOf(urges, now);
    const old = urges.find((urge) => urge.at < digest.cutoff)!;
    expect(withSaved(digest, { ...old, outcome: 'continued' }, now)).toBeNull();
    const recent = urges.find((urge) => urge.at >= digest.cutoff)!;
    expect(withSaved(digest, { ...recent, outcome: 'continued' }, now)).not.toBeNull();
  });

  it('after an urge is deleted, equals one counted from scratch without it, or says it cannot tell', () => {
    for (const seed of [51, 52, 53]) {
      const urges = randomUrges(seed, 200, 60);
      const digest = digestOf(urges, now);
      const recent = urges.filter((urge) => urge.at >= digest.cutoff);
      for (const gone of recent.slice(0, 20)) {
        const without = urges.filter((urge) => urge.id !== gone.id);
        expect(storedDigest(withRemoved(digest, gone, now)!)).toEqual(storedDigest(digestOf(without, now)));
      }
      const old = urges.find((urge) => urge.at < digest.cutoff)!;
      expect(withRemoved(digest, old, now)).toBeNull();
      // An urge the digest never had changes nothing.
      expect(withRemoved(digest, { id: 'never-was', at: now }, now)).toEqual(digest);
    }
  });

  it('keeps no notes, only what the figures need', () => {
    const digest = digestOf(randomUrges(31, 50, 10), now);
    expect(JSON.stringify(storedDigest(digest))).not.toContain('private note');
  });

  it('reads back what it stored, and refuses a damaged or older one', () => {
    const digest = digestOf(randomUrges(41, 300, 60), now);
    const stored = storedDigest(digest);
    expect(readDigest(JSON.parse(JSON.stringify(stored)))).toEqual(digest);
    expect(readDigest(undefined)).toBeNull();
    expect(readDigest({ ...stored, v: 0 })).toBeNull();
    // Version 1 counted a pause left without a look apart: counted again, not read.
    expect(readDigest({ ...stored, v: 1 })).toBeNull();
    expect(readDigest({ ...stored, recent: [...stored.recent].reverse() })).toBeNull();
    // Each urge is a line of its fields: one that is not an urge's is refused, whatever field it is in.
    const line = stored.recent[0]!;
    expect(readDigest({ ...stored, recent: [line.replace(/\t\d+\t/, '\tsoon\t')] })).toBeNull();
    expect(readDigest({ ...stored, recent: [line.replace(/\t(load|app|manual|search|feed)\t/, '\tsomewhere\t')] })).toBeNull();
    expect(readDigest({ ...stored, recent: [line.replace(/\t[a-z]+:[^\t]+\t/, '\tnot-a-network:someex\t')] })).toBeNull();
    expect(readDigest({ ...stored, recent: [[line]] })).toBeNull();
    expect(readDigest({ ...stored, recent: [`${line}\textra`] })).toBeNull();
    // A time too large to be one, and a list that is not a list.
    expect(readDigest({ ...stored, recent: [...stored.recent.slice(0, -1), stored.recent.at(-1)!.replace(/\t\d+\t/, '\t1e+999\t')] })).toBeNull();
    expect(readDigest({ ...stored, recent: stored.recent.join('\n') })).toBeNull();
    expect(readDigest({ ...stored, folded: { ...stored.folded, turnedBackTotal: -1 } })).toBeNull();
    expect(readDigest({ ...stored, cutoff: digest.recent[5]!.at + 1 })).toBeNull();
  });

  it('stays small for a year of heavy use: 10,000 urges', () => {
    const urges = randomUrges(51, 10_000, 365);
    const bytes = JSON.stringify(storedDigest(digestOf(urges, now))).length;
    expect(bytes).toBeLessThan(JSON.stringify(urges).length / 15);
  });

  it('no longer covers a day whose week it does not list in full (a clock set back)', () => {
    const digest = digestOf([], now);
    expect(coversNow(digest, now - 2 * DAY)).toBe(false);
  });
});
