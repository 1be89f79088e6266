import { describe, expect, it } from 'vitest';
import { t } from '../../platform/i18n';
import { addDays, calendarDaysBetween, startOfDay, startOfWeek } from '../../lib/calendar';
import { feltAfterLine, pauseStory, storyLine } from '../../lib/pause-story';
import { newUrge, type Urge } from '../../lib/urge';
import { historyOf } from '../../lib/urge-history';

// vitest.config.ts pins TZ=Europe/Berlin; local times below are Berlin times.
const at = (iso: string) => new Date(iso).getTime();
let n = 0;
const urge = (when: string, fields: Partial<Urge> = {}): Urge =>
  newUrge({ id: `u${++n}`, at: at(when), profileKey: 'instagram:someex', source: 'load', ...fields });

describe('calendar days in the local zone', () => {
  it('keeps days whole across the spring and autumn clock changes', () => {
    // 29 March 2026: clocks go forward (a 23-hour day); 25 October 2026: back (25 hours).
    expect(addDays(at('2026-03-28T12:00'), 1)).toBe(at('2026-03-29T12:00'));
    expect(startOfDay(at('2026-10-25T23:30'))).toBe(at('2026-10-25T00:00'));
    expect(calendarDaysBetween(at('2026-03-28T23:00'), at('2026-03-30T00:30'))).toBe(2);
    expect(calendarDaysBetween(at('2026-10-24T23:00'), at('2026-10-26T00:30'))).toBe(2);
    expect(startOfWeek(at('2026-10-28T09:00'), 1)).toBe(at('2026-10-26T00:00'));
    expect(startOfWeek(at('2026-10-28T09:00'), 0)).toBe(at('2026-10-25T00:00'));
  });
});

describe('pauseStory', () => {
  const now = at('2026-11-26T21:00'); // a Thursday

  it('for a first pause ever, says only that', () => {
    const current = urge('2026-11-26T21:00');
    const story = pauseStory(historyOf([current]), now, current.id);
    expect(storyLine(t, story)).toBe('Your first pause today.');
    expect(feltAfterLine(t, story)).toBeNull();
  });

  it('tells a returning user their day, their week and their last look, counting a pause left without a look as turning back', () => {
    const urges = [
      urge('2026-11-26T08:00', { outcome: 'turned-back' }),
      urge('2026-11-26T12:30', { outcome: 'turned-back' }),
      urge('2026-11-25T23:50', { outcome: 'turned-back' }),
      urge('2026-11-24T10:00', { outcome: 'undecided' }),
      urge('2026-11-23T10:00', { outcome: 'continued', feltAfter: 'worse' }), // Monday: this week
      urge('2026-11-17T10:00', { outcome: 'continued', feltAfter: 'worse' }), // last week
      urge('2026-11-10T10:00', { outcome: 'continued', feltAfter: 'better' }),
      urge('2026-11-26T20:00', { source: 'manual', profileKey: null, outcome: 'turned-back' }),
    ];
    const current = urge('2026-11-26T21:00');
    const story = pauseStory(historyOf([...urges, current]), now, current.id);
    expect(storyLine(t, story)).toBe('The 3rd pause today: 3 times you stopped to think. You turned back 4 times this week. 3 days since you last looked.');
    expect(feltAfterLine(t, story)).toBe('The last 3 times you looked, you felt worse 2 times.');
  });

  it('after looks, says only what encourages: never a ratio, never "you looked today"', () => {
    const urges = Array.from({ length: 11 }, (_, i) => urge(`2026-11-26T${String(8 + i).padStart(2, '0')}:00`, { outcome: 'continued' }));
    expect(storyLine(t, pauseStory(historyOf(urges), now, null))).toBe('The 12th pause today: 12 times you stopped to think.');
    const yesterday = [urge('2026-11-25T22:00', { outcome: 'continued', feltAfter: 'better' })];
    expect(storyLine(t, pauseStory(historyOf(yesterday), now, null))).toBe('Your first pause today. 1 day since you last looked.');
    expect(feltAfterLine(t, pauseStory(historyOf(yesterday), now, null))).toBe('The last time you looked, you didn’t feel worse afterwards.');
  });

  it('says every ordinal as English does (1st, 2nd, 3rd, 11th, 21st, 112th…)', () => {
    const english = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));
    for (let n = 1; n <= 250; n++) {
      const story = { attemptToday: n, weekTurnedBack: 0, daysSinceLooked: null, feltAfter: null };
      expect(storyLine(t, story)).toBe(n === 1 ? 'Your first pause today.' : `The ${n}${english(n)} pause today: ${n} times you stopped to think.`);
    }
  });
});
