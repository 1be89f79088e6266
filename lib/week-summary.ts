import { addDays, calendarDaysBetween, startOfWeek, type Weekday } from './calendar';
import { isUrge, type Trigger, turnedBack } from './urge';
import { fold, historyOf, longerRun, type UrgeFacts, type UrgeHistory } from './urge-history';

export interface DayCount {
  /** Start of the local day (ms). */
  readonly day: number;
  /** Urges without a look: "Go back", or the pause left (see `turnedBack` in urge.ts). */
  readonly turnedBack: number;
  readonly continued: number;
  /** Average strength of the day's urges that have one; null when none do. */
  readonly averageStrength: number | null;
}

export interface WeekSummary {
  readonly start: number;
  /** Start of the next week (exclusive end). */
  readonly end: number;
  readonly days: readonly DayCount[];
  readonly urges: number;
  readonly turnedBack: number;
  readonly continued: number;
  /** Profiles opened to check for the user's safety: not urges, counted apart. */
  readonly safetyChecks: number;
  readonly averageStrength: number | null;
  readonly topTriggers: readonly { readonly trigger: Trigger; readonly count: number }[];
  readonly perProfile: readonly { readonly key: string; readonly count: number }[];
  /** [weekday index in the week 0–6][hour 0–23] → urges. */
  readonly heatmap: readonly (readonly number[])[];
  readonly previous: { readonly urges: number; readonly turnedBack: number; readonly averageStrength: number | null };
}

interface Tally {
  turnedBack: number;
  continued: number;
  strengthSum: number;
  strengthCount: number;
}

const emptyTally = (): Tally => ({ turnedBack: 0, continued: 0, strengthSum: 0, strengthCount: 0 });

function count(tally: Tally, urge: UrgeFacts): void {
  if (turnedBack(urge)) tally.turnedBack++;
  else tally.continued++;
  if (urge.strength !== null) {
    tally.strengthSum += urge.strength;
    tally.strengthCount++;
  }
}

const average = (tally: Tally): number | null => (tally.strengthCount === 0 ? null : tally.strengthSum / tally.strengthCount);

/**
 * The week containing `now` (or `weeksAgo` weeks before it), in one pass over the urges.
 * Weeks and days are local calendar weeks and days, so a week with a daylight-saving change
 * still has seven days and every urge falls in the day its clock showed.
 */
export function summariseWeek(urges: readonly UrgeFacts[], now: number, weekStartsOn: Weekday, weeksAgo = 0): WeekSummary {
  return summariseRange(urges, 0, urges.length, now, weekStartsOn, weeksAgo);
}

/**
 * The same, for urges known to be sorted oldest first (as `loadUrges` returns them): only the
 * two weeks that matter are read, found by binary search, so the cost does not grow with years
 * of logging.
 */
export function summariseSortedWeek(urges: readonly UrgeFacts[], now: number, weekStartsOn: Weekday, weeksAgo = 0): WeekSummary {
  const start = addDays(startOfWeek(now, weekStartsOn), -7 * weeksAgo);
  return summariseRange(urges, firstAtOrAfter(urges, addDays(start, -7)), firstAtOrAfter(urges, addDays(start, 7)), now, weekStartsOn, weeksAgo);
}

function firstAtOrAfter(urges: readonly UrgeFacts[], time: number): number {
  let low = 0;
  let high = urges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (urges[middle]!.at < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

function summariseRange(urges: readonly UrgeFacts[], from: number, to: number, now: number, weekStartsOn: Weekday, weeksAgo: number): WeekSummary {
  const start = addDays(startOfWeek(now, weekStartsOn), -7 * weeksAgo);
  const end = addDays(start, 7);
  const previousStart = addDays(start, -7);
  const dayStarts = Array.from({ length: 8 }, (_, i) => addDays(start, i));

  const week = emptyTally();
  const previous = emptyTally();
  const days = Array.from({ length: 7 }, emptyTally);
  const triggers = new Map<Trigger, number>();
  const profiles = new Map<string, number>();
  const heatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  let safetyChecks = 0;

  for (let i = from; i < to; i++) {
    const urge = urges[i]!;
    const { at } = urge;
    if (!isUrge(urge)) {
      if (at >= start && at < end) safetyChecks++;
      continue;
    }
    if (at >= previousStart && at < start) {
      count(previous, urge);
      continue;
    }
    if (at < start || at >= end) continue;
    count(week, urge);
    let dayIndex = Math.floor((at - start) / 86_400_000);
    // A 23- or 25-hour day can put the estimate one off; the day boundaries decide.
    while (dayIndex > 0 && at < dayStarts[dayIndex]!) dayIndex--;
    while (dayIndex < 6 && at >= dayStarts[dayIndex + 1]!) dayIndex++;
    count(days[dayIndex]!, urge);
    heatmap[dayIndex]![new Date(at).getHours()]!++;
    for (const trigger of urge.triggers) triggers.set(trigger, (triggers.get(trigger) ?? 0) + 1);
    if (urge.profileKey !== null) profiles.set(urge.profileKey, (profiles.get(urge.profileKey) ?? 0) + 1);
  }

  // Most first; a tie in the order of the names, so the order never depends on the reading.
  const byCount = <K extends string>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    start,
    end,
    days: days.map((tally, i) => ({
      day: dayStarts[i]!,
      turnedBack: tally.turnedBack,
      continued: tally.continued,
      averageStrength: average(tally),
    })),
    urges: week.turnedBack + week.continued,
    turnedBack: week.turnedBack,
    continued: week.continued,
    safetyChecks,
    averageStrength: average(week),
    topTriggers: byCount(triggers).map(([trigger, n]) => ({ trigger, count: n })),
    perProfile: byCount(profiles).map(([key, n]) => ({ key, count: n })),
    heatmap,
    previous: {
      urges: previous.turnedBack + previous.continued,
      turnedBack: previous.turnedBack,
      averageStrength: average(previous),
    },
  };
}

export interface Streaks {
  /** Calendar days since the user last looked; null if they never have. */
  readonly daysSinceLooked: number | null;
  /** The longest run of whole days without looking, since the first urge logged. */
  readonly longestRun: number;
  /** Urges turned back in total. It only ever grows: a look never resets it. */
  readonly turnedBackTotal: number;
}

/**
 * Streaks that never shame: a look starts a new run but takes nothing away from the times the
 * user turned back, and the longest run stays on record. A run is the calendar days from one look (or the
 * first urge logged) to the next, or to now.
 */
export function streaks(urges: readonly UrgeFacts[], now: number): Streaks {
  return streaksOf(historyOf(urges), now);
}

/** The same, from a history whose older urges may be folded (see urge-history.ts). */
export function streaksOf(history: UrgeHistory, now: number): Streaks {
  const { first, lastLook, longestRun, turnedBackTotal } = fold(history.folded, history.recent, now);
  const runStart = lastLook ?? first;
  return {
    daysSinceLooked: lastLook === null ? null : calendarDaysBetween(lastLook, now),
    longestRun: runStart === null ? longestRun : longerRun(longestRun, runStart, now),
    turnedBackTotal,
  };
}
