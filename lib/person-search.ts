import * as v from 'valibot';
import { tokens } from './search-terms';

/*
 * The per-person choice "Pause searches for them", and the extra terms it watches besides the
 * person's name and handles (lib/search-terms.ts). Turning it on and adding a term protect more,
 * so they are instant; turning it off and removing a term loosen, so they wait out the
 * cooling-off (lib/commitment.ts, 'search-off' and 'remove-search-term').
 */

export interface PersonSearch {
  readonly on: boolean;
  /** Extra terms the user added: a nickname, a full name with a middle name. */
  readonly terms: readonly string[];
}

export const MAX_SEARCH_TERMS = 20;
export const MAX_TERM_LENGTH = 80;

export const SEARCH_OFF: PersonSearch = { on: false, terms: [] };

/**
 * As stored on a person (`search`, absent before this choice existed). A value this version
 * cannot read is left out when read, and the choice is then off, never a crash.
 */
export const PersonSearchSchema = v.fallback(
  v.optional(
    v.object({
      on: v.boolean(),
      terms: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TERM_LENGTH))), v.maxLength(MAX_SEARCH_TERMS)),
    }),
  ),
  undefined,
);

/**
 * What these functions need of a person (lib/people.ts `Person` has it): named here rather than
 * imported, as people.ts takes its schema from this file.
 */
interface Searching {
  readonly id: string;
  readonly search?: PersonSearch | undefined;
}

/** A person's choice, off when they have none. */
export const searchOf = (person: Pick<Searching, 'search'>): PersonSearch => person.search ?? SEARCH_OFF;

const change = <P extends Searching>(people: readonly P[], personId: string, edit: (search: PersonSearch) => PersonSearch): P[] =>
  people.map((person) => (person.id === personId ? { ...person, search: edit(searchOf(person)) } : person));

/** Turns the choice on or off, as asked (turning off waits: the caller applies it only once due). */
export const setSearch = <P extends Searching>(people: readonly P[], personId: string, on: boolean): P[] => change(people, personId, (search) => ({ ...search, on }));

export type AddTermResult = 'added' | 'empty' | 'too-many' | 'already-there';

/** Why a term cannot be added, or 'added'. A term with the same words as one there already is there. */
export function canAddTerm(person: Pick<Searching, 'search'>, text: string): AddTermResult {
  const { terms } = searchOf(person);
  if (tokens(text).length === 0) return 'empty';
  const words = tokens(text).join(' ');
  if (terms.some((term) => tokens(term).join(' ') === words)) return 'already-there';
  return terms.length >= MAX_SEARCH_TERMS ? 'too-many' : 'added';
}

/** Adds a term (instant: it only protects more); nothing changes unless `canAddTerm` says 'added'. */
export function addSearchTerm<P extends Searching>(people: readonly P[], personId: string, text: string): P[] {
  const person = people.find((candidate) => candidate.id === personId);
  if (person === undefined || canAddTerm(person, text) !== 'added') return [...people];
  return change(people, personId, (search) => ({ ...search, terms: [...search.terms, text.trim().slice(0, MAX_TERM_LENGTH)] }));
}

/** Removes a term (it loosens: the caller applies it only once its cooling-off has passed). */
export const removeSearchTerm = <P extends Searching>(people: readonly P[], personId: string, term: string): P[] =>
  change(people, personId, (search) => ({ ...search, terms: search.terms.filter((kept) => kept !== term) }));
