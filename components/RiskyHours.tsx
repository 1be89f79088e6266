import { useState } from 'preact/hooks';
import { hourLabel } from '../lib/own-words';
import { type RiskyHours as Pattern, riskyHours } from '../lib/risky-hours';
import { MAX_SCHEDULES, tighteningAt } from '../lib/schedule';
import type { Settings } from '../lib/settings';
import { TRIGGER_LABELS } from '../lib/urge';
import type { UrgeFacts } from '../lib/urge-history';
import { locale as userLocale, t } from '../platform/i18n';
import { updateSettings } from '../platform/storage/settings';
import { SaveProblem, useSaving } from './saving';

interface Props {
  readonly urges: readonly UrgeFacts[];
  readonly settings: Settings;
  readonly now: number;
  readonly locale?: string;
}

const LONGER_BREATH = 60;

/** Whether every hour of the pattern already has a stricter pause. */
const covered = (pattern: Pattern, settings: Settings): boolean => {
  for (let hour = pattern.from; hour !== pattern.to; hour = (hour + 1) % 24) {
    const tightening = tighteningAt(settings.schedules, hour);
    if (!tightening.strict && tightening.breathSeconds === 0) return false;
  }
  return true;
};

/**
 * The user's own pattern, in a sentence: the hours most urges come in, and how the nights of
 * their most common trigger went. With an offer of a stricter pause in those hours, which starts
 * at once (tightening never waits).
 */
export function RiskyHours({ urges, settings, now, locale = userLocale }: Props) {
  const [added, setAdded] = useState('');
  const { problem, attempt } = useSaving();
  const pattern = riskyHours(urges, now);
  if (pattern === null) return null;
  const hours = { from: hourLabel(pattern.from, locale), to: hourLabel(pattern.to, locale) };
  const add = (strict: boolean) =>
    void attempt(() =>
      // Added beside the others, never in place of one: dropping one would loosen protection.
      updateSettings((current) => (current.schedules.length >= MAX_SCHEDULES ? current : { ...current, schedules: [...current.schedules, { from: pattern.from, to: pattern.to, strict, breathSeconds: strict ? 0 : LONGER_BREATH }] })),
    ).then((kept) => kept && setAdded(t('risky.added', hours)));
  return (
    <section class="card" aria-labelledby="risky-hours">
      <h2 id="risky-hours">{t('risky.heading')}</h2>
      <p>
        {t('risky.hours', hours)}
        {pattern.trigger !== null &&
          ` ${t('risky.trigger', { trigger: t(TRIGGER_LABELS[pattern.trigger.trigger]), turnedBack: pattern.trigger.turnedBack, urges: pattern.trigger.urges })}`}
      </p>
      {!covered(pattern, settings) && settings.schedules.length < MAX_SCHEDULES && added === '' && (
        <>
          <p class="hint">{t('risky.offer')}</p>
          <div class="actions">
            <button type="button" onClick={() => add(false)}>
              {t('risky.longerBreath', { seconds: LONGER_BREATH })}
            </button>
            <button type="button" class="quiet" onClick={() => add(true)}>
              {t('risky.strict')}
            </button>
          </div>
        </>
      )}
      <p role="status" class="hint">
        {added}
      </p>
      <SaveProblem problem={problem} />
    </section>
  );
}
