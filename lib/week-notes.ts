import * as v from 'valibot';

/** The user's reflection on a week, keyed by the week's first day (YYYY-MM-DD). */
export type WeekNotes = Readonly<Record<string, string>>;

export const MAX_WEEK_NOTE = 5000;
const WEEK = /^\d{4}-\d{2}-\d{2}$/;

const NoteSchema = v.pipe(v.string(), v.maxLength(MAX_WEEK_NOTE));

/** The readable notes of a stored value; anything else is left out (and kept as stored). */
export function readWeekNotes(stored: unknown): Record<string, string> {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return Object.fromEntries(Object.entries(stored).filter(([week, note]) => WEEK.test(week) && v.is(NoteSchema, note)));
}
