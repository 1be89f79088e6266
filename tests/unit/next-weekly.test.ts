import { describe, expect, it } from 'vitest';
import { t } from '../../platform/i18n';
import { nextWeekly, weeklyLine } from '../../lib/next-weekly';

const at = (iso: string) => new Date(iso).getTime();

describe('nextWeekly', () => {
  it('finds the next chosen weekday and hour, local time', () => {
    // Thursday 26 November 2026 → Sunday 29th at 19:00.
    expect(nextWeekly(at('2026-11-26T12:00'), 0, 19)).toBe(at('2026-11-29T19:00'));
    // Same day, later hour: today.
    expect(nextWeekly(at('2026-11-29T18:59'), 0, 19)).toBe(at('2026-11-29T19:00'));
    // Exactly then or after: next week.
    expect(nextWeekly(at('2026-11-29T19:00'), 0, 19)).toBe(at('2026-12-06T19:00'));
  });

  it('keeps the wall-clock hour across a clock change', () => {
    // From before the autumn change (25 October 2026) to the Sunday after it.
    expect(nextWeekly(at('2026-10-24T20:00'), 0, 19)).toBe(at('2026-10-25T19:00'));
    expect(new Date(nextWeekly(at('2026-10-25T20:00'), 0, 19)).getHours()).toBe(19);
  });
});

describe('weeklyLine', () => {
  it('says the week in one line', () => {
    expect(weeklyLine(t, 9, 8)).toBe('This week: 9 urges, you turned back 8 times.');
    expect(weeklyLine(t, 1, 1)).toBe('This week: 1 urge, you turned back once.');
    expect(weeklyLine(t, 0, 0)).toMatch(/no urges logged/);
  });
});
