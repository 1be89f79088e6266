import { useState } from 'preact/hooks';
import { checkPlan, MAX_PLAN_ACTION, MAX_PLAN_WORDS, type Plan, type PlanWhen } from '../lib/own-words';
import { TRIGGER_LABELS, TRIGGERS, type Trigger } from '../lib/urge';
import { locale, t } from '../platform/i18n';
import { HourSelect } from './HourSelect';
import { SaveProblem, useSaving } from './saving';

interface Props {
  /** Keeps the plan; resolves once it is stored. */
  readonly save: (plan: Plan) => Promise<void>;
  /** Fields' ids are unique on the page: each form on it gets its own prefix. */
  readonly idPrefix: string;
  /** What "When" starts as: a trigger the user just chose, or the hour it is now. */
  readonly initial?: PlanWhen;
  readonly newId?: () => string;
  /** Called after the plan was kept. */
  readonly onSaved?: (plan: Plan) => void;
}


/**
 * "When …, I will …": one if-then plan, in two parts. "When" is a trigger from the list, a time
 * of day, or the user's own words; "I will" is a short action. Native controls throughout.
 */
export function PlanForm({ save, idPrefix, initial = { kind: 'trigger', trigger: 'lonely' }, newId = () => crypto.randomUUID(), onSaved }: Props) {
  const [kind, setKind] = useState<PlanWhen['kind']>(initial.kind);
  const [trigger, setTrigger] = useState<Trigger>(initial.kind === 'trigger' ? initial.trigger : 'lonely');
  const [from, setFrom] = useState(initial.kind === 'hours' ? initial.from : 22);
  const [to, setTo] = useState(initial.kind === 'hours' ? initial.to : 1);
  const [words, setWords] = useState(initial.kind === 'words' ? initial.text : '');
  const [then, setThen] = useState('');
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const { problem, attempt } = useSaving();
  const id = (name: string) => `${idPrefix}-${name}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    const when: PlanWhen = kind === 'trigger' ? { kind, trigger } : kind === 'hours' ? { kind, from, to } : { kind, text: words };
    const checked = checkPlan({ id: newId(), when, then });
    if ('problem' in checked) {
      const text = t(checked.problem === 'no-action' ? 'plan.noAction' : checked.problem === 'too-long' ? 'plan.tooLong' : 'plan.noWhen');
      setMessage({ text, alert: true });
      return;
    }
    setMessage(null);
    if (await attempt(() => save(checked.plan))) {
      setThen('');
      setWords('');
      setMessage({ text: t('plan.saved'), alert: false });
      onSaved?.(checked.plan);
    }
  };

  return (
    <form class="plan-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('plan.whenLabel')}</legend>
        <div class="plan-kinds">
          {(['trigger', 'hours', 'words'] as const).map((option) => (
            <label key={option} class="chip">
              <input type="radio" name={id('kind')} checked={kind === option} onChange={() => setKind(option)} />
              <span>{t(option === 'trigger' ? 'plan.whenTrigger' : option === 'hours' ? 'plan.whenHours' : 'plan.whenWords')}</span>
            </label>
          ))}
        </div>
        {kind === 'trigger' && (
          <p class="field">
            <label for={id('trigger')}>{t('plan.trigger')}</label>
            <select id={id('trigger')} value={trigger} onChange={(event) => setTrigger(event.currentTarget.value as Trigger)}>
              {TRIGGERS.map((option) => (
                <option key={option} value={option}>
                  {t(TRIGGER_LABELS[option])}
                </option>
              ))}
            </select>
          </p>
        )}
        {kind === 'hours' && (
          <p class="plan-hours">
            <HourSelect id={id('from')} label={t('plan.from')} value={from} locale={locale} onChange={setFrom} />
            <HourSelect id={id('to')} label={t('plan.to')} value={to} locale={locale} onChange={setTo} />
          </p>
        )}
        {kind === 'words' && (
          <p class="field">
            <label for={id('words')}>{t('plan.words')}</label>
            <input id={id('words')} type="text" maxLength={MAX_PLAN_WORDS} placeholder={t('plan.wordsPlaceholder')} value={words} onInput={(event) => setWords(event.currentTarget.value)} />
          </p>
        )}
      </fieldset>
      <p class="field">
        <label for={id('then')}>{t('plan.then')}</label>
        <input id={id('then')} type="text" maxLength={MAX_PLAN_ACTION} placeholder={t('plan.thenPlaceholder')} value={then} onInput={(event) => setThen(event.currentTarget.value)} />
      </p>
      <div class="actions">
        <button type="submit" class="primary">
          {t('plan.save')}
        </button>
      </div>
      {/* Kept in the page, so that what it says as it changes is announced. */}
      <p role="status" class="hint">
        {message !== null && !message.alert ? message.text : ''}
      </p>
      <SaveProblem problem={message !== null && message.alert ? message.text : problem} />
    </form>
  );
}
