import type { Person } from '../lib/people';

/** The name the user gave, or a neutral stand-in until they choose one. */
export function personName(person: Person, index: number): string {
  return person.name !== '' ? person.name : `Person ${index + 1}`;
}
