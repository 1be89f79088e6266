import { useEffect, useState } from 'preact/hooks';
import type { PendingChange } from '../lib/commitment';
import { addProfile, findOwner, type Person } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { profileKey } from '../lib/profile-url';
import { updatePeople } from '../platform/storage/people';
import { t } from '../platform/i18n';
import { SaveProblem, useSaving } from './saving';
import { personName } from './person-name';
import { chosenPerson, NEW_PERSON, WhoseProfile } from './WhoseProfile';
import { systemClock } from '../lib/clock';

interface Props {
  readonly people: readonly Person[];
  readonly tabUrl: Promise<string | undefined>;
  /** Waiting changes: a person whose removal waits takes no new profile. */
  readonly pending?: readonly PendingChange[];
  readonly now?: () => number;
  readonly newId?: () => string;
}

/**
 * One click to list the profile the current tab shows. Once someone is listed it asks whose it
 * is, someone new unless the user picks a person: never silently the last one. Renders nothing
 * on other pages.
 */
export function AddThisTab({ people, tabUrl, pending = [], now = systemClock, newId = () => crypto.randomUUID() }: Props) {
  const [key, setKey] = useState<string | null>(null);
  const [personId, setPersonId] = useState(NEW_PERSON);
  const [name, setName] = useState('');
  const { problem, attempt } = useSaving();
  useEffect(() => {
    void tabUrl.then((url) => setKey(url === undefined ? null : profileKey(url)));
  }, [tabUrl]);

  const ref = key === null ? null : parseProfileKey(key);
  if (ref === null) return null;
  const label = describeProfile(ref);

  const owner = findOwner(people, ref.key);
  if (owner !== undefined) {
    return (
      <p class="this-tab" role="status">
        {owner.name !== '' || owner.profiles.length > 1 ? t('whose.listedWith', { profile: label, name: personName(owner, people) }) : t('thisTab.listed', { profile: label })}
      </p>
    );
  }
  const target = chosenPerson(people, pending, personId);
  const add = () =>
    attempt(() =>
      updatePeople((current) => {
        const added = addProfile(current, ref.key, {
          personId: target === NEW_PERSON ? undefined : target,
          newPersonName: target === NEW_PERSON ? name : undefined,
          now: now(),
          newId,
        });
        return { people: added.people, result: undefined };
      }),
    );
  return (
    <div class="this-tab">
      <p>{t('thisTab.shows', { profile: label })}</p>
      <WhoseProfile
        ids={{ person: 'this-tab-person', name: 'this-tab-name' }}
        people={people}
        pending={pending}
        person={target}
        onPerson={setPersonId}
        name={name}
        onName={setName}
      />
      <button type="button" class="primary" onClick={() => void add()}>
        {t('thisTab.add')}
      </button>
      <SaveProblem problem={problem} />
    </div>
  );
}
