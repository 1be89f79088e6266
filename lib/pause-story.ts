import { calendarDaysBetween, startOfDay, startOfWeek, type Weekday } from './calendar';
import type { MessageKey, Translate } from './translate';
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

// "1st", "2nd", "3rd", "4th": English says ordinals by these categories, other languages by
// fewer (Intl.PluralRules, type "ordinal", in the messages' own language).
const PAUSE_TODAY: Readonly<Record<Intl.LDMLPluralRule, Extract<MessageKey, `story.pauseToday.${string}`>>> = {
  zero: 'story.pauseToday.other',
  one: 'story.pauseToday.one',
  two: 'story.pauseToday.two',
  few: 'story.pauseToday.few',
  many: 'story.pauseToday.other',
  other: 'story.pauseToday.other',
};

/** "3rd pause today · you turned back 12 of 15 times this week · 9 days since you last looked". */
export function storyLine(t: Translate, story: PauseStory): string {
  const ordinal = new Intl.PluralRules(t('lang'), { type: 'ordinal' }).select(story.attemptToday);
  const parts = [t(PAUSE_TODAY[ordinal], { count: story.attemptToday })];
  if (story.weekDecided > 0) parts.push(t('story.turnedBack', story.weekDecided, { turnedBack: story.weekTurnedBack }));
  if (story.daysSinceLooked !== null) {
    parts.push(story.daysSinceLooked === 0 ? t('story.lookedToday') : t('story.daysSinceLooked', story.daysSinceLooked));
  }
  return parts.join(' · ');
}

/** "The last 5 times you looked, you felt worse 4 times." — only once it is known. */
export function feltAfterLine(t: Translate, story: PauseStory): string | null {
  const felt = story.feltAfter;
  if (felt === null) return null;
  if (felt.looks === 1) return t(felt.worse === 1 ? 'story.lastLookWorse' : 'story.lastLookNotWorse');
  if (felt.worse === 0) return t('story.neverWorse', { looks: felt.looks });
  return t('story.worse', felt.worse, { looks: felt.looks });
}
