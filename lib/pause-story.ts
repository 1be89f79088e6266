import { calendarDaysBetween, startOfDay, startOfWeek, type Weekday } from './calendar';
import type { Urge } from './urge';

/** The user's own story, as the pause screen tells it. */
export interface PauseStory {
  /** This pause's number today, counting itself (1 for the first). */
  readonly attemptToday: number;
  readonly weekTurnedBack: number;
  /** Urges this week with a choice made (turned back or continued). */
  readonly weekDecided: number;
  /** Calendar days since the last time the user looked; null when they never have. */
  readonly daysSinceLooked: number | null;
  /** Of the last few looks with an answer, how many left the user feeling worse. */
  readonly feltAfter: { readonly looks: number; readonly worse: number; readonly better: number } | null;
}

const RECENT_LOOKS = 5;

/**
 * Computed from the logged urges (which may include the current one, `currentId`), the clock
 * and the week's first day.
 */
export function pauseStory(urges: readonly Urge[], now: number, currentId: string | null, weekStartsOn: Weekday = 1): PauseStory {
  const today = startOfDay(now);
  const week = startOfWeek(now, weekStartsOn);
  let attemptToday = 1;
  let weekTurnedBack = 0;
  let weekDecided = 0;
  let lastLooked: number | null = null;
  for (const urge of urges) {
    if (urge.id === currentId || urge.source === 'manual') continue;
    if (urge.at >= today && urge.at <= now) attemptToday++;
    if (urge.at >= week && urge.at <= now && urge.outcome !== 'undecided') {
      weekDecided++;
      if (urge.outcome === 'turned-back') weekTurnedBack++;
    }
    if (urge.outcome === 'continued' && urge.at <= now && (lastLooked === null || urge.at > lastLooked)) lastLooked = urge.at;
  }
  const answered = urges
    .filter((urge) => urge.outcome === 'continued' && urge.feltAfter !== null && urge.feltAfter !== 'skipped')
    .sort((a, b) => b.at - a.at)
    .slice(0, RECENT_LOOKS);
  return {
    attemptToday,
    weekTurnedBack,
    weekDecided,
    daysSinceLooked: lastLooked === null ? null : calendarDaysBetween(lastLooked, now),
    feltAfter:
      answered.length === 0
        ? null
        : {
            looks: answered.length,
            worse: answered.filter((urge) => urge.feltAfter === 'worse').length,
            better: answered.filter((urge) => urge.feltAfter === 'better').length,
          },
  };
}

const ordinal = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

/** "3rd pause today · you turned back 12 of 15 times this week · 9 days since you last looked". */
export function storyLine(story: PauseStory): string {
  const parts = [`${ordinal(story.attemptToday)} pause today`];
  if (story.weekDecided > 0) parts.push(`you turned back ${story.weekTurnedBack} of ${story.weekDecided} ${story.weekDecided === 1 ? 'time' : 'times'} this week`);
  if (story.daysSinceLooked !== null) {
    parts.push(
      story.daysSinceLooked === 0
        ? 'you last looked today'
        : `${story.daysSinceLooked} ${story.daysSinceLooked === 1 ? 'day' : 'days'} since you last looked`,
    );
  }
  return parts.join(' · ');
}

/** "The last 5 times you looked, you felt worse 4 times." — only once it is known. */
export function feltAfterLine(story: PauseStory): string | null {
  const felt = story.feltAfter;
  if (felt === null) return null;
  const times = felt.looks === 1 ? 'The last time you looked' : `The last ${felt.looks} times you looked`;
  if (felt.looks === 1) return `${times}, you ${felt.worse === 1 ? 'felt' : 'didn’t feel'} worse afterwards.`;
  if (felt.worse === 0) return `${times}, you never felt worse afterwards.`;
  return `${times}, you felt worse ${felt.worse} ${felt.worse === 1 ? 'time' : 'times'}.`;
}
