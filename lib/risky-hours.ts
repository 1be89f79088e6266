import { addDays, startOfDay } from './calendar';
import { type Trigger, turnedBack } from './urge';
import type { UrgeFacts } from './urge-history';

/*
 * The user's own pattern, found in their log: the few hours of the day when most urges come, and
 * how the nights of their most common trigger went. Named in a sentence on the weekly summary,
 * with a stricter pause offered for those hours (schedule.ts). Local hours, so a week with a
 * daylight-saving change still puts each urge at the hour its clock showed.
 */

/** How far back the pattern looks. */
export const PATTERN_DAYS = 28;
/** The span of hours looked for. */
export const SPAN_HOURS = 3;
/** Fewer urges than this make no pattern worth naming. */
export const MIN_URGES = 6;
/** The span must hold at least this share of the urges to be named. */
export const MIN_SHARE = 0.4;

export interface RiskyHours {
  /** From this hour (0–23) up to, not including, `to` (past midnight when `to` < `from`). */
  readonly from: number;
  readonly to: number;
  /** Urges in those hours, of `total` in the last PATTERN_DAYS days. */
  readonly count: number;
  readonly total: number;
  /** The most common trigger in those hours, with how many of its urges ended without a look. */
  readonly trigger: { readonly trigger: Trigger; readonly urges: number; readonly turnedBack: number } | null;
}

const hourOf = (at: number): number => new Date(at).getHours();

/** The hardest hours of the last four weeks, or null when the log shows no clear pattern. */
export function riskyHours(urges: readonly UrgeFacts[], now: number): RiskyHours | null {
  const since = addDays(startOfDay(now), -PATTERN_DAYS);
  const recent = urges.filter((urge) => urge.at >= since && urge.at <= now && urge.outcome !== 'safety');
  if (recent.length < MIN_URGES) return null;
  const byHour = Array.from({ length: 24 }, () => 0);
  for (const urge of recent) byHour[hourOf(urge.at)]!++;
  let best = { from: 0, count: -1 };
  for (let from = 0; from < 24; from++) {
    let count = 0;
    for (let offset = 0; offset < SPAN_HOURS; offset++) count += byHour[(from + offset) % 24]!;
    // Ties go to the span that starts latest in the evening-first order of the day's hours.
    if (count > best.count) best = { from, count };
  }
  if (best.count / recent.length < MIN_SHARE) return null;
  // Trim hours with no urges off either end: "10 PM to 1 AM", not "9 PM to 1 AM" for nothing at 9.
  let { from } = best;
  let span = SPAN_HOURS;
  while (span > 1 && byHour[from]! === 0) [from, span] = [(from + 1) % 24, span - 1];
  while (span > 1 && byHour[(from + span - 1) % 24]! === 0) span--;
  const to = (from + span) % 24;
  const inSpan = recent.filter((urge) => {
    const hour = hourOf(urge.at);
    return (hour - from + 24) % 24 < span;
  });
  return { from, to, count: best.count, total: recent.length, trigger: topTrigger(inSpan) };
}

function topTrigger(urges: readonly UrgeFacts[]): RiskyHours['trigger'] {
  const tally = new Map<Trigger, { urges: number; turnedBack: number }>();
  for (const urge of urges) {
    for (const trigger of urge.triggers) {
      const entry = tally.get(trigger) ?? { urges: 0, turnedBack: 0 };
      entry.urges++;
      if (turnedBack(urge)) entry.turnedBack++;
      tally.set(trigger, entry);
    }
  }
  let top: RiskyHours['trigger'] = null;
  for (const [trigger, entry] of tally) if (entry.urges >= 2 && (top === null || entry.urges > top.urges)) top = { trigger, ...entry };
  return top;
}
