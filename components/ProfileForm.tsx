import { useState } from 'preact/hooks';
import type { PendingChange } from '../lib/commitment';
import { type AddProfileResult, addProfile, type Person } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { parseProfileInput } from '../lib/profile-input';
import { networks } from '../lib/networks';
import { updatePeople } from '../platform/storage/people';
import { t } from '../platform/i18n';
import { saveProblem } from './saving';
import { addedMessage, chosenPerson, NEW_PERSON, WhoseProfile } from './WhoseProfile';
import { systemClock } from '../lib/clock';

interface Props {
  readonly people: readonly Person[];
  /** Waiting changes: a person whose removal waits takes no new profile. */
  readonly pending?: readonly PendingChange[];
  readonly now?: () => number;
  readonly newId?: () => string;
}

type Feedback = { readonly kind: 'status' | 'alert'; readonly text: string } | null;

/**
 * The add form. It accepts a pasted link, or a username with the network chosen beside it, and
 * explains anything else. What the user typed stays in the field until it is accepted. Whose the
 * profile is, is asked: someone new unless the user picks a person (a profile that joined the
 * last person silently once made someone else's account the ex's).
 */
export function ProfileForm({ people, pending = [], now = systemClock, newId = () => crypto.randomUUID() }: Props) {
  const [text, setText] = useState('');
  const [networkId, setNetworkId] = useState('');
  const [personId, setPersonId] = useState(NEW_PERSON);
  const [newName, setNewName] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);

  const target = chosenPerson(people, pending, personId);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const parsed = parseProfileInput(t, text, networkId === '' ? undefined : networkId);
    if (!parsed.ok) {
      setFeedback({ kind: 'alert', text: parsed.message });
      return;
    }
    const ref = parseProfileKey(parsed.key);
    const label = ref === null ? parsed.key : describeProfile(ref);
    let result: AddProfileResult & { readonly hadPeople: boolean };
    try {
      result = await updatePeople((current) => {
        const added = addProfile(current, parsed.key, {
          personId: target === NEW_PERSON ? undefined : target,
          newPersonName: target === NEW_PERSON ? newName : undefined,
          now: now(),
          newId,
        });
        return { people: added.people, result: { ...added, hadPeople: current.length > 0 } };
      });
    } catch (error) {
      // Nothing was added; what the user typed stays in the field.
      setFeedback({ kind: 'alert', text: saveProblem(error) });
      return;
    }
    if (result.status === 'already-listed') {
      const owner = result.people.find((person) => person.id === result.personId);
      const message = owner?.name ? t('form.alreadyListedWith', { profile: label, name: owner.name }) : t('form.alreadyListed', { profile: label });
      setFeedback({ kind: 'status', text: message });
    } else {
      // A person the user picked stays picked for the next profile; someone new is new each time.
      setFeedback({ kind: 'status', text: addedMessage(label, result, result.hadPeople) });
      setNewName('');
    }
    setText('');
  }

  return (
    <form class="add-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for="profile-url">{t('form.url')}</label>
        <input
          id="profile-url"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('form.urlPlaceholder')}
          aria-describedby="profile-url-hint"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <p id="profile-url-hint" class="hint">
          {t('form.urlHint')}
        </p>
      </div>
      <div class="row">
        <div class="field">
          <label for="profile-network">{t('form.network')}</label>
          <select id="profile-network" value={networkId} onChange={(event) => setNetworkId(event.currentTarget.value)}>
            <option value="">{t('form.fromLink')}</option>
            {networks.map((network) => (
              <option key={network.id} value={network.id}>
                {network.label}
              </option>
            ))}
          </select>
        </div>
        <WhoseProfile
          ids={{ person: 'profile-person', name: 'person-name' }}
          people={people}
          pending={pending}
          person={target}
          onPerson={setPersonId}
          name={newName}
          onName={setNewName}
        />
      </div>
      <button type="submit" class="primary">
        {t('form.add')}
      </button>
      <p role="status" class="feedback">
        {feedback?.kind === 'status' ? feedback.text : ''}
      </p>
      <p role="alert" class="feedback problem">
        {feedback?.kind === 'alert' ? feedback.text : ''}
      </p>
    </form>
  );
}
