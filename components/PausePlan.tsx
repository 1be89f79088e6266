import { useState } from 'preact/hooks';
import { type Plan, planWhen } from '../lib/own-words';
import type { PlanHelped, Urge } from '../lib/urge';
import { locale, t } from '../platform/i18n';
import { PlanForm } from './PlanForm';
import { SaveProblem, useSaving } from './saving';

/** The user's plan that fits the moment, in their words, above the reflection. */
export function PlanLine({ plan }: { plan: Plan }) {
  return (
    <p class="own-plan">
      {t('plan.line', { when: planWhen(t, plan.when, locale), then: plan.then })}
    </p>
  );
}

/** Asked once, on the pause after a "Go back" that showed a plan: did it help? */
export function PlanHelpedQuestion({ urge, answer }: { urge: Urge; answer: (helped: PlanHelped) => Promise<void> }) {
  const [answered, setAnswered] = useState(false);
  const { problem, attempt } = useSaving();
  const choose = (helped: PlanHelped) => void attempt(() => answer(helped)).then((kept) => kept && setAnswered(true));
  return (
    <section class="plan-helped" aria-labelledby="plan-helped-question">
      <p id="plan-helped-question">{t('plan.helpedQuestion', { then: urge.plan?.then ?? '' })}</p>
      {answered ? (
        <p role="status" class="hint">
          {t('plan.helpedThanks')}
        </p>
      ) : (
        <div class="actions">
          <button type="button" class="quiet small" onClick={() => choose('yes')}>
            {t('plan.helpedYes')}
          </button>
          <button type="button" class="quiet small" onClick={() => choose('no')}>
            {t('plan.helpedNo')}
          </button>
        </div>
      )}
      <SaveProblem problem={problem} />
    </section>
  );
}

/** With no plan yet: a small offer to write one, which opens the form in place. */
export function PlanOffer({ save, initial }: { save: (plan: Plan) => Promise<void>; initial: Parameters<typeof PlanForm>[0]['initial'] }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p class="plan-offer">
        <button type="button" class="link" aria-expanded="false" onClick={() => setOpen(true)}>
          {t('plan.offer')}
        </button>
      </p>
    );
  }
  return (
    <section class="plan-offer" aria-labelledby="plan-offer-heading">
      <h2 id="plan-offer-heading" class="small-heading">
        {t('plan.offerIntro')}
      </h2>
      <PlanForm save={save} idPrefix="pause-plan" initial={initial} />
    </section>
  );
}
