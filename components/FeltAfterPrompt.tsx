import { useState } from 'preact/hooks';
import { describeProfile, parseProfileKey } from '../lib/profile-key';
import type { PlainKey } from '../lib/translate';
import type { FeltAfter } from '../lib/urge';
import type { UrgeFacts } from '../lib/urge-history';
import { systemClock } from '../lib/clock';
import { relativeWhen } from '../lib/relative-time';
import { locale as userLocale, t } from '../platform/i18n';
import { SaveProblem, useSaving } from './saving';

interface Props {
  /** The look to ask about (see pendingFeltAfter); nothing is shown without one. */
  readonly urge: UrgeFacts | null;
  /** Keeps the answer with that look (storage's `answerFeltAfter`). */
  readonly answer: (id: string, feltAfter: FeltAfter) => Promise<void>;
  readonly now?: number;
  readonly locale?: string;
}

const ANSWERS: readonly { value: FeltAfter; label: PlainKey }[] = [
  { value: 'better', label: 'felt.better' },
  { value: 'same', label: 'felt.same' },
  { value: 'worse', label: 'felt.worse' },
];

/** "How do you feel after looking?", asked once after a visit and kept with that urge. */
export function FeltAfterPrompt({ urge, answer: keep, now = systemClock(), locale = userLocale }: Props) {
  const [answered, setAnswered] = useState<FeltAfter | null>(null);
  const { problem, attempt } = useSaving();
  // The thanks stays after the answer, even though the question is then no longer pending.
  if (answered !== null) {
    return (
      <p class="note" role="status">
        {t(answered === 'skipped' ? 'felt.skipped' : 'felt.thanks')}
      </p>
    );
  }
  if (urge === null) return null;

  const ref = urge.profileKey === null ? null : parseProfileKey(urge.profileKey);
  const answer = (feltAfter: FeltAfter) => void attempt(() => keep(urge.id, feltAfter)).then((kept) => kept && setAnswered(feltAfter));
  const when = relativeWhen(urge.at, now, locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' });
  return (
    <section class="note felt-after" aria-labelledby="felt-after-heading">
      <h2 id="felt-after-heading">{t('felt.heading')}</h2>
      <p class="hint">{ref === null ? t('felt.lastVisit', { when }) : t('felt.lastVisitTo', { profile: describeProfile(ref), when })}</p>
      <div class="actions">
        {ANSWERS.map(({ value, label }) => (
          <button key={value} type="button" onClick={() => answer(value)}>
            {t(label)}
          </button>
        ))}
        <button type="button" class="quiet" onClick={() => answer('skipped')}>
          {t('common.skip')}
        </button>
      </div>
      <SaveProblem problem={problem} />
    </section>
  );
}
