import { useState } from 'preact/hooks';
import { type Person, removePerson, removeProfile, renamePerson } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { updatePeople } from '../lib/storage';
import { personName } from './person-name';

interface Props {
  readonly people: readonly Person[];
}

const change = (edit: (people: Person[]) => Person[]) => updatePeople((people) => ({ people: edit(people), result: undefined }));

/** The people the user listed and their profiles, each removable. Never a link to a profile. */
export function PeopleList({ people }: Props) {
  if (people.length === 0) {
    return <p class="empty">No one is listed yet. Add a profile above and visits to it will pause first.</p>;
  }
  return (
    <ul class="people" aria-label="People">
      {people.map((person, index) => (
        <PersonCard key={person.id} person={person} index={index} />
      ))}
    </ul>
  );
}

function PersonCard({ person, index }: { person: Person; index: number }) {
  const name = personName(person, index);
  const [draft, setDraft] = useState(person.name);
  const headingId = `person-${person.id}`;

  return (
    <li class="person" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      <form
        class="rename"
        onSubmit={(event) => {
          event.preventDefault();
          void change((people) => renamePerson(people, person.id, draft));
        }}
      >
        <label>
          <span class="visually-hidden">Name for {name}</span>
          <input type="text" maxLength={80} placeholder="Add a name" value={draft} onInput={(event) => setDraft(event.currentTarget.value)} />
        </label>
        <button type="submit">Save name</button>
      </form>
      {person.profiles.length === 0 ? (
        <p class="empty">No profiles for {name} yet.</p>
      ) : (
        <ul class="profiles" aria-label={`Profiles of ${name}`}>
          {person.profiles.map((profile) => {
            const ref = parseProfileKey(profile.key);
            const label = ref === null ? profile.key : describeProfile(ref);
            return (
              <li key={profile.key} class="profile">
                <span class="network">{ref?.network.label}</span> <span class="handle">{ref === null ? profile.key : ref.network.display(ref.id)}</span>
                <button type="button" class="quiet" aria-label={`Remove ${label}`} onClick={() => void change((people) => removeProfile(people, profile.key))}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" class="quiet danger" onClick={() => void change((people) => removePerson(people, person.id))}>
        Remove {name} and their profiles
      </button>
    </li>
  );
}
