import type { Person } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { t } from '../platform/i18n';

/**
 * The name the user gave, or "Someone" until they choose one: never a number, which would make
 * a person an entry. Where several people are unnamed, each is told apart by their first profile
 * ("Someone (Instagram @someex)").
 */
export function personName(person: Person, people: readonly Person[]): string {
  if (person.name !== '') return person.name;
  const othersUnnamed = people.some((other) => other.id !== person.id && other.name === '');
  if (!othersUnnamed) return t('people.unnamed');
  const first = person.profiles[0];
  if (first === undefined) return t('people.unnamedNoProfiles');
  const ref = parseProfileKey(first.key);
  return t('people.unnamedWith', { profile: ref === null ? first.key : describeProfile(ref) });
}
