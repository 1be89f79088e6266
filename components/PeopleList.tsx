import { useState } from 'preact/hooks';
import type { PendingChange } from '../lib/commitment';
import { type Person, RELATIONSHIPS, type Relationship, renamePerson, setRelationship } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { cancelPending, requestWeakening } from '../platform/storage/pending';
import { updatePeople } from '../platform/storage/people';
import type { PlainKey } from '../lib/translate';
import { locale as userLocale, t } from '../platform/i18n';
import { personName } from './person-name';
import { SaveProblem, useSaving } from './saving';

const RELATIONSHIP_LABELS: Readonly<Record<Relationship, PlainKey>> = {
  ex: 'relationship.ex',
  'new-partner': 'relationship.newPartner',
  other: 'relationship.other',
};

interface Props {
  readonly people: readonly Person[];
  readonly pending?: readonly PendingChange[];
  readonly locale?: string;
}

/**
 * The people the user listed and their profiles. Removing one is a weakening: it waits out the
 * cooling-off period, shown here, and can be undone until then. Never a link to a profile.
 */
export function PeopleList({ people, pending = [], locale = userLocale }: Props) {
  if (people.length === 0) {
    return <p class="empty">{t('people.empty')}</p>;
  }
  const when = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  return (
    <ul class="people" aria-label={t('people.listLabel')}>
      {people.map((person, index) => (
        <PersonCard key={person.id} person={person} index={index} pending={pending} when={when} />
      ))}
    </ul>
  );
}

function PersonCard({ person, index, pending, when }: { person: Person; index: number; pending: readonly PendingChange[]; when: Intl.DateTimeFormat }) {
  const name = personName(person, index);
  const [draft, setDraft] = useState(person.name);
  const headingId = `person-${person.id}`;
  const personRemoval = pending.find((change) => change.kind === 'remove-person' && change.personId === person.id);
  const { problem, attempt } = useSaving();

  return (
    <li class="person" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <form
        class="rename"
        onSubmit={(event) => {
          event.preventDefault();
          void attempt(() => updatePeople((people) => ({ people: renamePerson(people, person.id, draft), result: undefined })));
        }}
      >
        <label>
          <span class="visually-hidden">{t('people.nameFor', { name })}</span>
          <input type="text" maxLength={80} placeholder={t('people.namePlaceholder')} value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('people.saveName')}</button>
      </form>
      <div class="field inline">
        <label for={`relationship-${person.id}`}>{t('people.relationship')}</label>
        <select
          id={`relationship-${person.id}`}
          value={person.relationship}
          onChange={(event) => {
            const relationship = event.currentTarget.value as Relationship;
            void attempt(() => updatePeople((people) => ({ people: setRelationship(people, person.id, relationship), result: undefined })));
          }}
        >
          {RELATIONSHIPS.map((relationship) => (
            <option key={relationship} value={relationship}>
              {t(RELATIONSHIP_LABELS[relationship])}
            </option>
          ))}
        </select>
      </div>
      {person.profiles.length === 0 ? (
        <p class="empty">{t('people.noProfiles', { name })}</p>
      ) : (
        <ul class="profiles" aria-label={t('people.profilesOf', { name })}>
          {person.profiles.map((profile) => {
            const ref = parseProfileKey(profile.key);
            const label = ref === null ? profile.key : describeProfile(ref);
            const removal = pending.find((change) => change.kind === 'remove-profile' && change.key === profile.key);
            return (
              <li key={profile.key} class="profile">
                <span class="network">{ref?.network.label}</span> <span class="handle">{ref === null ? profile.key : ref.network.display(ref.id)}</span>
                {removal === undefined ? (
                  <button
                    type="button"
                    class="quiet"
                    aria-label={t('people.removeProfile', { profile: label })}
                    onClick={() => void attempt(() => requestWeakening({ kind: 'remove-profile', key: profile.key }))}
                  >
                    {t('common.remove')}
                  </button>
                ) : (
                  <>
                    <span class="pending-note">{t('people.leaves', { when: when.format(removal.effectiveAt) })}</span>
                    <button type="button" class="quiet" aria-label={t('people.keepProfile', { profile: label })} onClick={() => void attempt(() => cancelPending(removal.id))}>
                      {t('common.keep')}
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {personRemoval === undefined ? (
        <button type="button" class="quiet danger" onClick={() => void attempt(() => requestWeakening({ kind: 'remove-person', personId: person.id }))}>
          {t('people.removePerson', { name })}
        </button>
      ) : (
        <p class="pending-note">
          {t('people.personLeaves', { name, when: when.format(personRemoval.effectiveAt) })}{' '}
          <button type="button" class="quiet small" onClick={() => void attempt(() => cancelPending(personRemoval.id))}>
            {t('people.keepPerson', { name })}
          </button>
        </p>
      )}
      <SaveProblem problem={problem} />
    </li>
  );
}
