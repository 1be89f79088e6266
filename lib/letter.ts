import * as v from 'valibot';

/*
 * A letter never sent: what the user wants to say to them, written here instead. Kept only on
 * this device, one key each (`letter:<id>`), listed in the popup's log as a moment of its own
 * (wanting contact, not looking), in the backup and deleted with everything else; in the CSV only
 * when the user asks for it.
 */

export const LETTER_KEY_PREFIX = 'letter:';
export const MAX_LETTER = 10_000;

export const LetterSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  at: v.pipe(v.number(), v.finite()),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_LETTER)),
});
export type Letter = v.InferOutput<typeof LetterSchema>;

/** A stored letter, checked; null for anything that is not one. */
export function readLetter(stored: unknown): Letter | null {
  const result = v.safeParse(LetterSchema, stored);
  return result.success ? result.output : null;
}

/** The first words of a letter, for a list: whole words up to `length` characters. */
export function letterOpening(text: string, length = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/u, '')}…`;
}
