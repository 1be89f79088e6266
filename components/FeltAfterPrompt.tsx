import { useState } from 'preact/hooks';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import type { FeltAfter, Urge } from '../lib/urge';

interface Props {
  /** The look to ask about (see pendingFeltAfter); nothing is shown without one. */
  readonly urge: Urge | null;
  readonly save: (urge: Urge) => Promise<void>;
}

const ANSWERS: readonly { value: FeltAfter; label: string }[] = [
  { value: 'better', label: 'Better' },
  { value: 'same', label: 'About the same' },
  { value: 'worse', label: 'Worse' },
];

/** "How do you feel after looking?", asked once after a visit and kept with that urge. */
export function FeltAfterPrompt({ urge, save }: Props) {
  const [answered, setAnswered] = useState<FeltAfter | null>(null);
  if (urge === null) return null;
  if (answered !== null) {
    return (
      <p class="note" role="status">
        {answered === 'skipped' ? 'That’s fine. It’s not asked again for that visit.' : 'Thank you. It will help you see your pattern.'}
      </p>
    );
  }
  const ref = urge.profileKey === null ? null : parseProfileKey(urge.profileKey);
  const answer = (feltAfter: FeltAfter) => {
    setAnswered(feltAfter);
    void save({ ...urge, feltAfter });
  };
  return (
    <section class="note felt-after" aria-labelledby="felt-after-heading">
      <h2 id="felt-after-heading">How do you feel after looking?</h2>
      <p class="hint">
        Your last visit{ref === null ? '' : ` to ${describeProfile(ref)}`}, {new Date(urge.at).toLocaleString(undefined, { weekday: 'long', hour: 'numeric', minute: '2-digit' })}.
      </p>
      <div class="actions">
        {ANSWERS.map(({ value, label }) => (
          <button key={value} type="button" onClick={() => answer(value)}>
            {label}
          </button>
        ))}
        <button type="button" class="quiet" onClick={() => answer('skipped')}>
          Skip
        </button>
      </div>
    </section>
  );
}
