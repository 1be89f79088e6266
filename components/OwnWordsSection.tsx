import type { ReadonlySignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { dayOf } from '../lib/breakup';
import { MAX_PLANS, MAX_REASON, MAX_REASONS, type OwnWords, planWhen } from '../lib/own-words';
import type { Settings } from '../lib/settings';
import { locale as userLocale, t } from '../platform/i18n';
import { deletePlan, savePlan, saveReasons } from '../platform/storage/own-words';
import { updateSettings } from '../platform/storage/settings';
import { PlanForm } from './PlanForm';
import { SaveProblem, useSaving } from './saving';

interface Props {
  readonly ownWords: ReadonlySignal<OwnWords | null>;
  readonly settings: ReadonlySignal<Settings | null>;
  readonly locale?: string;
}

/**
 * The user's own words for the pause: if-then plans, reasons, and the day of the breakup. None
 * of it is protection, so every change (deleting included) is kept at once.
 */
export function OwnWordsSection({ ownWords, settings, locale = userLocale }: Props) {
  const words = ownWords.value;
  return (
    <>
      <p class="hint">{t('ownWords.intro')}</p>
      <section class="own-words-part" aria-labelledby="plans-heading">
        <h3 id="plans-heading">{t('plan.heading')}</h3>
        <p class="hint">{t('plan.intro')}</p>
        {words !== null && <Plans words={words} locale={locale} />}
      </section>
      <section class="own-words-part" aria-labelledby="reasons-heading">
        <h3 id="reasons-heading">{t('reasons.heading')}</h3>
        <p class="hint" id="reasons-intro">
          {t('reasons.intro')}
        </p>
        {/* Drawn once the stored reasons are read, so the fields start from them. */}
        {words !== null && <Reasons reasons={words.reasons} />}
      </section>
      <section class="own-words-part" aria-labelledby="breakup-heading">
        <h3 id="breakup-heading">{t('breakup.heading')}</h3>
        {settings.value !== null && <BreakupDate date={settings.value.breakupDate} />}
      </section>
    </>
  );
}

function Plans({ words, locale }: { words: OwnWords; locale: string }) {
  const [notice, setNotice] = useState('');
  const { problem, attempt } = useSaving();
  return (
    <>
      {words.plans.length === 0 ? (
        <p class="hint">{t('plan.none')}</p>
      ) : (
        <ul class="plans">
          {words.plans.map((plan) => {
            const when = planWhen(t, plan.when, locale);
            return (
              <li key={plan.id}>
                <span>{t('plan.line', { when, then: plan.then })}</span>{' '}
                <button
                  type="button"
                  class="quiet small"
                  aria-label={t('plan.deleteFor', { when })}
                  onClick={() => void attempt(() => deletePlan(plan.id)).then((kept) => kept && setNotice(t('plan.deleted')))}
                >
                  {t('plan.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p role="status" class="hint">
        {notice}
      </p>
      <SaveProblem problem={problem} />
      {words.plans.length < MAX_PLANS ? <PlanForm save={savePlan} idPrefix="options-plan" onSaved={() => setNotice('')} /> : <p class="hint">{t('plan.full')}</p>}
    </>
  );
}

function Reasons({ reasons }: { reasons: readonly string[] }) {
  const [drafts, setDrafts] = useState(() => Array.from({ length: MAX_REASONS }, (_, i) => reasons[i] ?? ''));
  const [saved, setSaved] = useState(false);
  const { problem, attempt } = useSaving();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const kept = drafts.map((draft) => draft.trim()).filter((draft) => draft !== '');
        void attempt(() => saveReasons(kept)).then(setSaved);
      }}
    >
      {drafts.map((draft, i) => (
        <p key={i} class="field">
          <label for={`reason-${i}`}>{t('reasons.label', { number: i + 1 })}</label>
          <input
            id={`reason-${i}`}
            type="text"
            maxLength={MAX_REASON}
            value={draft}
            aria-describedby="reasons-intro"
            onInput={(event) => {
              const value = event.currentTarget.value;
              setDrafts((all) => all.map((other, j) => (j === i ? value : other)));
              setSaved(false);
            }}
          />
        </p>
      ))}
      <div class="actions">
        <button type="submit" class="primary">
          {t('reasons.save')}
        </button>
        <span role="status" class="hint">
          {saved ? t('reasons.saved') : ''}
        </span>
      </div>
      <SaveProblem problem={problem} />
    </form>
  );
}

function BreakupDate({ date }: { date: string | null }) {
  const [saved, setSaved] = useState(false);
  const { problem, attempt } = useSaving();
  const keep = (breakupDate: string | null) => void attempt(() => updateSettings((current) => ({ ...current, breakupDate }))).then(setSaved);
  return (
    <div class="field">
      <label for="breakup-date">{t('breakup.dateLabel')}</label>
      <input
        id="breakup-date"
        type="date"
        value={date ?? ''}
        aria-describedby="breakup-hint"
        onChange={(event) => {
          const value = event.currentTarget.value;
          // An incomplete date is left as it is until the browser gives a whole one.
          if (value === '') keep(null);
          else if (dayOf(value) !== null) keep(value);
        }}
      />
      <p id="breakup-hint" class="hint">
        {t('breakup.dateHint')}
      </p>
      <div class="actions">
        {date !== null && (
          <button type="button" class="quiet small" onClick={() => keep(null)}>
            {t('breakup.clear')}
          </button>
        )}
        <span role="status" class="hint">
          {saved ? t('breakup.saved') : ''}
        </span>
      </div>
      <SaveProblem problem={problem} />
    </div>
  );
}
