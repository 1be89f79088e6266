import { useState } from 'preact/hooks';
import { type AddProfileResult, addProfile, type Person } from '../lib/people';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import { parseProfileInput } from '../lib/profile-input';
import { networks } from '../lib/networks';
import { updatePeople } from '../platform/storage/people';
import { t } from '../platform/i18n';
import { personName } from './person-name';
import { saveProblem } from './saving';
import { systemClock } from '../lib/clock';

interface Props {
  readonly people: readonly Person[];
  readonly now?: () => number;
  readonly newId?: () => string;
}

type Feedback = { readonly kind: 'status' | 'alert'; readonly text: string } | null;

const NEW_PERSON = '';

/**
 * The add form. It accepts a pasted link, or a username with the network chosen beside it, and
 * explains anything else. What the user typed stays in the field until it is accepted.
 */
export function ProfileForm({ people, now = systemClock, newId = () => crypto.randomUUID() }: Props) {
  const [text, setText] = useState('');
  const [networkId, setNetworkId] = useState('');
  const [personId, setPersonId] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);

  // Until the user picks, new profiles join the most recently added person.
  const target = personId ?? people.at(-1)?.id ?? NEW_PERSON;

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    const parsed = parseProfileInput(t, text, networkId === '' ? undefined : networkId);
    if (!parsed.ok) {
      setFeedback({ kind: 'alert', text: parsed.message });
      return;
    }
    const ref = parseProfileKey(parsed.key);
    const label = ref === null ? parsed.key : describeProfile(ref);
    let result: AddProfileResult;
    try {
      result = await updatePeople((current) => {
        const added = addProfile(current, parsed.key, {
          personId: target === NEW_PERSON ? undefined : target,
          newPersonName: newName,
          now: now(),
          newId,
        });
        return { people: added.people, result: added };
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
      setFeedback({ kind: 'status', text: t('form.added', { profile: label }) });
      setPersonId(result.personId);
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
        {people.length > 0 && (
          <div class="field">
            <label for="profile-person">{t('form.whose')}</label>
            <select id="profile-person" value={target} onChange={(event) => setPersonId(event.currentTarget.value)}>
              {people.map((person, index) => (
                <option key={person.id} value={person.id}>
                  {personName(person, index)}
                </option>
              ))}
              <option value={NEW_PERSON}>{t('form.someoneElse')}</option>
            </select>
          </div>
        )}
        {target === NEW_PERSON && (
          <div class="field">
            <label for="person-name">{t('form.name')}</label>
            <input id="person-name" type="text" maxLength={80} value={newName} onInput={(event) => setNewName(event.currentTarget.value)} />
          </div>
        )}
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
