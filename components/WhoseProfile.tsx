import { type PendingChange, personLeaving } from '../lib/commitment';
import type { Person } from '../lib/people';
import { t } from '../platform/i18n';
import { personName } from './person-name';

/** The choice that stands for someone new, the default. */
export const NEW_PERSON = '';

/** The people a profile may join: anyone but those whose removal is waiting (it would go with them). */
export function joinable(people: readonly Person[], pending: readonly PendingChange[]): Person[] {
  return people.filter((person) => !personLeaving(pending, person.id));
}

/** Who a new profile goes to: the person chosen while they can still take it, or someone new. */
export function chosenPerson(people: readonly Person[], pending: readonly PendingChange[], chosen: string): string {
  return joinable(people, pending).some((person) => person.id === chosen) ? chosen : NEW_PERSON;
}

interface Props {
  readonly ids: { readonly person: string; readonly name: string };
  readonly people: readonly Person[];
  readonly pending: readonly PendingChange[];
  /** A person's id, or NEW_PERSON (see `chosenPerson`). */
  readonly person: string;
  readonly onPerson: (person: string) => void;
  readonly name: string;
  readonly onName: (name: string) => void;
}

/**
 * Whose a profile being added is: someone new unless the user picks a person (never silently the
 * last one), and for someone new an optional name ("Someone" until they choose one).
 */
export function WhoseProfile({ ids, people, pending, person, onPerson, name, onName }: Props) {
  const choices = joinable(people, pending);
  return (
    <>
      {choices.length > 0 && (
        <div class="field">
          <label for={ids.person}>{t('whose.label')}</label>
          <select id={ids.person} value={person} onChange={(event) => onPerson(event.currentTarget.value)}>
            <option value={NEW_PERSON}>{t('whose.someoneNew')}</option>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {personName(choice, people)}
              </option>
            ))}
          </select>
        </div>
      )}
      {person === NEW_PERSON && (
        <div class="field">
          <label for={ids.name}>{t('form.name')}</label>
          <input id={ids.name} type="text" maxLength={80} autoComplete="off" value={name} onInput={(event) => onName(event.currentTarget.value)} />
        </div>
      )}
    </>
  );
}

/** What to say once a profile was added: to whom, when the user may not see it at once. */
export function addedMessage(profile: string, result: { readonly people: readonly Person[]; readonly personId: string }, hadPeople: boolean): string {
  const owner = result.people.find((candidate) => candidate.id === result.personId);
  if (owner === undefined) return t('form.added', { profile });
  if (owner.name !== '' || owner.profiles.length > 1) return t('whose.addedFor', { profile, name: personName(owner, result.people) });
  return hadPeople ? t('whose.addedNew', { profile }) : t('form.added', { profile });
}
