import { TRIGGER_LABELS, TRIGGERS, type Trigger } from '../lib/urge';
import { locale, t } from '../platform/i18n';

interface Props {
  readonly strength: number | null;
  readonly triggers: readonly Trigger[];
  readonly hopingToFind: string;
  readonly onChange: (change: { strength?: number | null; triggers?: Trigger[]; hopingToFind?: string }) => void;
}

const STRENGTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * One small active choice before continuing is possible: how strong the urge is, or what set it
 * off. Native radios and checkboxes, so keyboards and screen readers need nothing special.
 */
export function UrgeChoice({ strength, triggers, hopingToFind, onChange }: Props) {
  const number = new Intl.NumberFormat(locale);
  return (
    <div class="choice">
      <fieldset class="strength">
        <legend>{t('choice.strength')}</legend>
        <div class="scale">
          {STRENGTHS.map((value) => (
            <label key={value} class="chip">
              <input
                type="radio"
                name="strength"
                value={value}
                checked={strength === value}
                onChange={() => onChange({ strength: value })}
              />
              <span>{number.format(value)}</span>
            </label>
          ))}
        </div>
        <p class="scale-ends" aria-hidden="true">
          <span>{t('choice.barely')}</span>
          <span>{t('choice.overwhelming')}</span>
        </p>
      </fieldset>
      <fieldset class="triggers">
        <legend>{t('choice.trigger')}</legend>
        <div class="chips">
          {TRIGGERS.map((trigger) => (
            <label key={trigger} class="chip">
              <input
                type="checkbox"
                checked={triggers.includes(trigger)}
                onChange={(event) =>
                  onChange({
                    triggers: event.currentTarget.checked ? [...triggers, trigger] : triggers.filter((other) => other !== trigger),
                  })
                }
              />
              <span>{t(TRIGGER_LABELS[trigger])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for="hoping">{t('choice.hoping')}</label>
        <textarea id="hoping" rows={2} maxLength={2000} value={hopingToFind} onInput={(event) => onChange({ hopingToFind: event.currentTarget.value })} />
      </div>
    </div>
  );
}
