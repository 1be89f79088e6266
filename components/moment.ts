/*
 * When a waiting change takes effect, written the user's way: in full in sentences ("Friday,
 * November 27 at 9:00 PM"), short beside a control ("Fri, Nov 27, 9:00 PM"). Always with the
 * date: a cooling-off period can be a week, when a weekday alone would name the wrong day.
 */

export const fullMoment = (locale: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });

export const shortMoment = (locale: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
