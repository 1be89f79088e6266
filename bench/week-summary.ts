import { newUrge, TRIGGERS, type Urge } from '../lib/urge';
import { streaks, summariseSortedWeek, summariseWeek } from '../lib/week-summary';

/**
 * Many urges spread over the past year, as a heavy user might have after a year of logging,
 * oldest first as `loadUrges` returns them.
 */
export function syntheticUrges(count: number, now: number): Urge[] {
  const year = 365 * 86_400_000;
  return Array.from({ length: count }, (_, i) =>
    newUrge({
      id: `bench-${i}`,
      at: now - Math.floor(((i * 7919) % count) / count * year),
      profileKey: i % 3 === 0 ? 'x:someex' : 'instagram:someex',
      source: i % 5 === 0 ? 'app' : 'load',
      outcome: i % 4 === 0 ? 'continued' : 'turned-back',
      strength: (i % 10) + 1,
      triggers: [TRIGGERS[i % TRIGGERS.length]!],
    }),
  ).sort((a, b) => a.at - b.at);
}

const medianMs = (task: () => void): number => {
  task(); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 9; round++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[4]!;
};

/** Median milliseconds for one week's summary (any order, and sorted as stored) and the streaks. */
export function benchWeekSummary(count = 100_000): { week: number; sortedWeek: number; streaks: number } {
  const now = Date.now();
  const urges = syntheticUrges(count, now);
  return {
    week: medianMs(() => summariseWeek(urges, now, 1)),
    sortedWeek: medianMs(() => summariseSortedWeek(urges, now, 1)),
    streaks: medianMs(() => streaks(urges, now)),
  };
}
