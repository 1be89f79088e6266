import { startOfDay, startOfWeek, type Weekday } from './calendar';
import type { MessageKey, Translate } from './translate';
import { isUrge, turnedBack } from './urge';
import { fold, type UrgeHistory } from './urge-history';
import { streaksOf } from './week-summary';

/** The user's own story, as the pause screen tells it. */
export interface PauseStory {
  /** This pause's number today, counting itself (1 for the first). */
  readonly attemptToday: number;
  /** Urges this week that ended without a look (the current one not counted). */
  readonly weekTurnedBack: number;
  /** Calendar days since the last time the user looked; null when they never have. */
  readonly daysSinceLooked: number | null;
  /** Of the last few looks with an answer, how many left the user feeling worse. */
  readonly feltAfter: { readonly looks: number; readonly worse: number; readonly better: number } | null;
}

/**
 * Computed from the logged urges (which may include the current one, `currentId`), the clock
 * and the week's first day. The history may have its older urges folded (see urge-history.ts).
 */
export function pauseStory(history: UrgeHistory, now: number, currentId: string | null, weekStartsOn: Weekday = 1): PauseStory {
  const today = startOfDay(now);
  const week = startOfWeek(now, weekStartsOn);
  let attemptToday = 1;
  let weekTurnedBack = 0;
  for (const urge of history.recent) {
    if (urge.id === currentId || urge.source === 'manual' || urge.at > now || !isUrge(urge)) continue;
    if (urge.at >= today) attemptToday++;
    if (urge.at >= week && turnedBack(urge)) weekTurnedBack++;
  }
  const answers = fold(history.folded, history.recent).answers;
  return {
    attemptToday,
    weekTurnedBack,
    daysSinceLooked: streaksOf(history, now).daysSinceLooked,
    feltAfter:
      answers.length === 0
        ? null
        : {
            looks: answers.length,
            worse: answers.filter((answer) => answer === 'worse').length,
            better: answers.filter((answer) => answer === 'better').length,
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

/**
 * The user's own story, told kindly: "The 3rd pause today: 3 times you stopped to think. You
 * turned back 12 times this week. 9 days since you last looked." Only what encourages: no ratio
 * that reads as a grade after a slip, nothing at all about a look today.
 */
export function storyLine(t: Translate, story: PauseStory): string {
  const ordinal = new Intl.PluralRules(t('lang'), { type: 'ordinal' }).select(story.attemptToday);
  const parts = [story.attemptToday === 1 ? t('story.firstToday') : t(PAUSE_TODAY[ordinal], { count: story.attemptToday })];
  if (story.weekTurnedBack > 0) parts.push(t('story.turnedBack', story.weekTurnedBack));
  if (story.daysSinceLooked !== null && story.daysSinceLooked > 0) parts.push(t('story.daysSinceLooked', story.daysSinceLooked));
  return parts.join(' ');
}

/** "The last 5 times you looked, you felt worse 4 times." — only once it is known. */
export function feltAfterLine(t: Translate, story: PauseStory): string | null {
  const felt = story.feltAfter;
  if (felt === null) return null;
  if (felt.looks === 1) return t(felt.worse === 1 ? 'story.lastLookWorse' : 'story.lastLookNotWorse');
  if (felt.worse === 0) return t('story.neverWorse', { looks: felt.looks });
  return t('story.worse', felt.worse, { looks: felt.looks });
}
