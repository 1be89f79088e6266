import { describe, expect, it } from 'vitest';
import { relativeWhen } from '../../lib/relative-time';

const now = new Date('2026-11-26T21:00').getTime();
const minute = 60_000;

describe('when something happened, said as people say it', () => {
  it.each([
    [20_000, 'en-GB', 'this minute'],
    [2 * minute, 'en-GB', '2 minutes ago'],
    [59 * minute, 'en-GB', '59 minutes ago'],
    [3 * 60 * minute, 'en-GB', '3 hours ago'],
    [2 * minute, 'es', 'hace 2 minutos'],
  ])('%i ms ago (%s): %s', (ago, locale, said) => {
    expect(relativeWhen(now - ago, now, locale)).toBe(said);
  });

  it('names the day and time for anything before today', () => {
    expect(relativeWhen(new Date('2026-11-24T19:03').getTime(), now, 'en-GB')).toBe('Tue 24 Nov, 19:03');
  });
});
