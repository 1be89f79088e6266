import type { Person } from '../lib/people';
import { t } from '../platform/i18n';

/** The name the user gave, or a neutral stand-in until they choose one. */
export function personName(person: Person, index: number): string {
  return person.name !== '' ? person.name : t('people.unnamed', { number: index + 1 });
}
