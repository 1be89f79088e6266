import * as v from 'valibot';
import { type PersonSearch, PersonSearchSchema } from './person-search';
import { parseProfileKey } from './profile-key';

export const RELATIONSHIPS = ['ex', 'new-partner', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Someone the user does not want to check, with the profiles that are theirs. */
export interface Person {
  readonly id: string;
  /** Chosen by the user; may be empty until they name the person. */
  readonly name: string;
  /** Who they are to the user (since storage v2). */
  readonly relationship: Relationship;
  readonly addedAt: number;
  readonly profiles: readonly ListedProfile[];
  /** "Pause searches for them" (lib/person-search.ts); absent until first chosen: off. */
  readonly search?: PersonSearch;
  /**
   * Keep them out of my feeds: their posts, stories, comments and suggestions are hidden on the
   * supported sites (platform/feeds/). On for everyone added since it exists; absent reads as off
   * (see PersonSchema).
   */
  readonly hideInFeeds?: boolean;
}

export interface ListedProfile {
  /** A key from `profileKey`, e.g. `instagram:someex`. */
  readonly key: string;
  readonly addedAt: number;
}

export const MAX_NAME_LENGTH = 80;

const ProfileSchema = v.object({
  key: v.pipe(v.string(), v.check((key) => parseProfileKey(key) !== null)),
  addedAt: v.pipe(v.number(), v.finite()),
});

const PersonSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  name: v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH)),
  relationship: v.optional(v.picklist(RELATIONSHIPS), 'ex'),
  addedAt: v.pipe(v.number(), v.finite()),
  profiles: v.array(v.unknown()),
  search: PersonSearchSchema,
  // Someone listed before feeds could be quieted reads as off (absent, as stored): hiding every
  // trace of them on twelve sites changes what the user sees everywhere, so it is theirs to
  // choose, and once on, turning it off waits out the cooling-off, a wait they never agreed to.
  // New people get it on (addProfile, moveProfile). No migration: a value that is not a boolean
  // reads as off too.
  hideInFeeds: v.optional(v.fallback(v.boolean(), false)),
});

export interface Sanitised<T> {
  readonly value: T;
  /** How many stored entries were unreadable and left out. */
  readonly dropped: number;
}

/**
 * Reads the stored list defensively: entries of the wrong shape (an older version, a bad import,
 * a hand-edited value) are left out and counted, never allowed to crash a page. Unknown extra
 * fields are dropped. A profile listed twice is kept once.
 */
export function sanitisePeople(stored: unknown): Sanitised<Person[]> {
  if (!Array.isArray(stored)) return { value: [], dropped: stored === undefined || stored === null ? 0 : 1 };
  const seenKeys = new Set<string>();
  const seenIds = new Set<string>();
  const people: Person[] = [];
  let dropped = 0;
  for (const entry of stored) {
    const person = v.safeParse(PersonSchema, entry);
    if (!person.success || seenIds.has(person.output.id)) {
      dropped++;
      continue;
    }
    seenIds.add(person.output.id);
    const profiles: ListedProfile[] = [];
    for (const rawProfile of person.output.profiles) {
      const profile = v.safeParse(ProfileSchema, rawProfile);
      if (!profile.success || seenKeys.has(profile.output.key)) {
        dropped++;
        continue;
      }
      seenKeys.add(profile.output.key);
      profiles.push(profile.output);
    }
    people.push({ ...person.output, profiles });
  }
  return { value: people, dropped };
}

/**
 * What to write back after a change: `people` as changed, with everything stored that this
 * version could not read kept exactly as it was (a person or profile from a newer version, a
 * damaged entry), so a later rename or add never deletes what the user could not even see.
 * Fields this version does not know are kept on the people and profiles it does read.
 */
export function keepingUnreadable(people: readonly Person[], stored: unknown): unknown[] {
  const entries: unknown[] = stored === undefined || stored === null ? [] : Array.isArray(stored) ? stored : [stored];
  const seenIds = new Set<string>();
  const unreadablePeople: unknown[] = [];
  const before = new Map<string, { raw: object; profiles: Map<string, object>; unreadable: unknown[] }>();
  for (const entry of entries) {
    const person = v.safeParse(PersonSchema, entry);
    if (!person.success || seenIds.has(person.output.id)) {
      unreadablePeople.push(entry);
      continue;
    }
    seenIds.add(person.output.id);
    const profiles = new Map<string, object>();
    const unreadable: unknown[] = [];
    for (const profile of person.output.profiles) {
      if (v.is(ProfileSchema, profile)) profiles.set(profile.key, profile);
      else unreadable.push(profile);
    }
    before.set(person.output.id, { raw: entry as object, profiles, unreadable });
  }
  return [
    ...people.map((person) => {
      const old = before.get(person.id);
      if (old === undefined) return person;
      return {
        ...old.raw,
        ...person,
        profiles: [...person.profiles.map((profile) => ({ ...old.profiles.get(profile.key), ...profile })), ...old.unreadable],
      };
    }),
    ...unreadablePeople,
  ];
}

export type AddProfileResult =
  | { readonly status: 'added'; readonly people: Person[]; readonly personId: string }
  | { readonly status: 'already-listed'; readonly people: Person[]; readonly personId: string };

export interface AddProfileOptions {
  /** The person being edited; without it the profile joins a new person. */
  readonly personId?: string;
  /** Name for a person created on the spot (optional). */
  readonly newPersonName?: string;
  readonly now: number;
  readonly newId: () => string;
}

/** Adds a profile to a person; a profile already listed (for anyone) is recognised as such. */
export function addProfile(people: readonly Person[], key: string, options: AddProfileOptions): AddProfileResult {
  const owner = people.find((person) => person.profiles.some((profile) => profile.key === key));
  if (owner !== undefined) return { status: 'already-listed', people: [...people], personId: owner.id };

  const profile: ListedProfile = { key, addedAt: options.now };
  const target = people.find((person) => person.id === options.personId);
  if (target === undefined) {
    const person: Person = {
      id: options.newId(),
      name: (options.newPersonName ?? '').trim().slice(0, MAX_NAME_LENGTH),
      relationship: 'ex',
      addedAt: options.now,
      profiles: [profile],
      hideInFeeds: true,
    };
    return { status: 'added', people: [...people, person], personId: person.id };
  }
  return {
    status: 'added',
    people: people.map((person) => (person === target ? { ...person, profiles: [...person.profiles, profile] } : person)),
    personId: target.id,
  };
}

/** Someone new to move a profile to: made by the caller, so the function stays pure. */
export interface NewPerson {
  readonly id: string;
  /** Optional, as everywhere: an unnamed person is "Someone". */
  readonly name?: string;
  readonly now: number;
}

export type MoveProfileResult =
  | {
      readonly status: 'moved';
      readonly people: Person[];
      readonly personId: string;
      /** The unnamed person the move left with nothing, now gone. */
      readonly emptied?: string;
    }
  | { readonly status: 'not-listed' | 'already-there' | 'no-such-person'; readonly people: Person[] };

/**
 * Moves a listed profile to another person, or to someone new. Instant: the profile stays on
 * the list, so nothing is loosened. It keeps the time it was first added. A person the move leaves
 * with no profiles and no name is gone with it: "Someone" with nothing listed is no one at all
 * (a named person stays, as the user may still want them there).
 */
export function moveProfile(people: readonly Person[], key: string, to: string | NewPerson): MoveProfileResult {
  const owner = findOwner(people, key);
  if (owner === undefined) return { status: 'not-listed', people: [...people] };
  const targetId = typeof to === 'string' ? to : to.id;
  if (targetId === owner.id) return { status: 'already-there', people: [...people] };
  const existing = people.find((person) => person.id === targetId);
  if (typeof to === 'string' && existing === undefined) return { status: 'no-such-person', people: [...people] };
  if (typeof to !== 'string' && existing !== undefined) return { status: 'no-such-person', people: [...people] };

  const profile = owner.profiles.find((candidate) => candidate.key === key)!;
  const left = owner.profiles.filter((candidate) => candidate.key !== key);
  const emptied = left.length === 0 && owner.name === '';
  const moved = people.flatMap((person): Person[] => {
    if (person === owner) return emptied ? [] : [{ ...person, profiles: left }];
    if (person === existing) return [{ ...person, profiles: [...person.profiles, profile] }];
    return [person];
  });
  if (typeof to !== 'string') {
    moved.push({ id: to.id, name: (to.name ?? '').trim().slice(0, MAX_NAME_LENGTH), relationship: 'ex', addedAt: to.now, profiles: [profile], hideInFeeds: true });
  }
  return emptied ? { status: 'moved', people: moved, personId: targetId, emptied: owner.id } : { status: 'moved', people: moved, personId: targetId };
}

export function removeProfile(people: readonly Person[], key: string): Person[] {
  return people.map((person) =>
    person.profiles.some((profile) => profile.key === key)
      ? { ...person, profiles: person.profiles.filter((profile) => profile.key !== key) }
      : person,
  );
}

export function removePerson(people: readonly Person[], personId: string): Person[] {
  return people.filter((person) => person.id !== personId);
}

export function renamePerson(people: readonly Person[], personId: string, name: string): Person[] {
  const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
  return people.map((person) => (person.id === personId ? { ...person, name: trimmed } : person));
}

/** Every listed profile key, for constant-time lookups. */
export function listedKeys(people: readonly Person[]): Set<string> {
  return new Set(people.flatMap((person) => person.profiles.map((profile) => profile.key)));
}

export function findOwner(people: readonly Person[], key: string): Person | undefined {
  return people.find((person) => person.profiles.some((profile) => profile.key === key));
}

export function setRelationship(people: readonly Person[], personId: string, relationship: Relationship): Person[] {
  return people.map((person) => (person.id === personId ? { ...person, relationship } : person));
}

/** Turns "Keep them out of my feeds" on or off for one person (off only after the cooling-off). */
export function setHideInFeeds(people: readonly Person[], personId: string, hideInFeeds: boolean): Person[] {
  return people.map((person) => (person.id === personId ? { ...person, hideInFeeds } : person));
}

/** How people were stored in version 1, before "relationship" existed. */
export interface PersonV1 {
  readonly id: string;
  readonly name: string;
  readonly addedAt: number;
  readonly profiles: readonly ListedProfile[];
}

/**
 * Storage v1 → v2: every person gains a relationship, "ex" (v1 had only exes in mind). Anything
 * else in the stored value, known or not, is kept as it was; reading sanitises it later.
 */
export function migratePeopleV1ToV2(stored: unknown): unknown {
  if (!Array.isArray(stored)) return stored;
  return stored.map((person: unknown) =>
    person !== null && typeof person === 'object' && !Array.isArray(person) && !('relationship' in person)
      ? { ...(person as PersonV1), relationship: 'ex' }
      : person,
  );
}
