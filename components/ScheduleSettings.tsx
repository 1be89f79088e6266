import type { ReadonlySignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { HourSelect } from './HourSelect';
import { type PendingChange, pendingSetting, splitSettingsChange } from '../lib/commitment';
import { describeChange } from '../lib/describe-change';
import { hourLabel } from '../lib/own-words';
import { MAX_SCHEDULES, type Schedule, scheduleLength } from '../lib/schedule';
import type { Settings } from '../lib/settings';
import { locale as userLocale, t } from '../platform/i18n';
import { keepSettings, requestWeakening } from '../platform/storage/pending';
import { updateSettings } from '../platform/storage/settings';
import { fullMoment, shortMoment } from './moment';
import { PendingNote } from './PendingNote';
import { SaveProblem, useSaving } from './saving';

interface Props {
  readonly settings: ReadonlySignal<Settings | null>;
  readonly pending?: readonly PendingChange[];
  /** Nothing is listed yet: nothing to protect, so every change applies at once. */
  readonly instant?: boolean;
  readonly locale?: string;
}

const NO_NAMES = { profile: (key: string) => key, person: (id: string) => id };

/** One schedule in words: "10 PM – 1 AM: strict mode". */
export function describeSchedule(schedule: Schedule, locale: string): string {
  const hours = { from: hourLabel(schedule.from, locale), to: hourLabel(schedule.to, locale) };
  return schedule.strict ? t('risky.scheduleStrict', hours) : t('risky.scheduleBreath', { ...hours, seconds: schedule.breathSeconds });
}

/**
 * A stricter pause in the hours that are hardest: added at once; shortened or removed only after
 * the cooling-off, told beside the list with a way to keep things as they are.
 */
export function ScheduleSettings({ settings: stored, pending = [], instant = false, locale = userLocale }: Props) {
  const [from, setFrom] = useState(22);
  const [to, setTo] = useState(1);
  const [kind, setKind] = useState<'strict' | 'breath'>('breath');
  const [seconds, setSeconds] = useState(60);
  const [notice, setNotice] = useState('');
  // Said beside the form when the hours chosen cover no time at all; the choice stays as it is.
  const [sameHours, setSameHours] = useState(false);
  const { problem, attempt } = useSaving();
  const choose = (set: (hour: number) => void) => (hour: number) => {
    set(hour);
    setSameHours(false);
  };
  const settings = stored.value;
  if (settings === null) return null;
  const schedules = settings.schedules;

  const change = (next: Schedule[]) => {
    const { now, later } = instant ? { now: { schedules: next }, later: {} } : splitSettingsChange(settings, { schedules: next });
    if (now.schedules !== undefined) {
      void attempt(async () => {
        await updateSettings((current) => ({ ...current, schedules: next }));
        if (pendingSetting(pending, 'schedules') !== undefined) await keepSettings(['schedules']);
      });
    }
    if (later.schedules !== undefined) {
      void (async () => {
        const asked: { change?: PendingChange } = {};
        await attempt(async () => (asked.change = await requestWeakening({ kind: 'settings', patch: { schedules: next } })));
        if (asked.change !== undefined) setNotice(t('loosening.waits', { change: describeChange(t, asked.change, NO_NAMES, fullMoment(locale).format(asked.change.effectiveAt)) }));
      })();
    }
  };
  const waiting = pendingSetting(pending, 'schedules');
  const waits = waiting !== undefined && JSON.stringify(waiting.value) !== JSON.stringify(schedules) ? waiting : undefined;

  return (
    <div class="schedules">
      <h3 id="schedules-heading">{t('risky.schedulesHeading')}</h3>
      <p class="hint">{t('risky.schedulesIntro')}</p>
      {schedules.length === 0 ? (
        <p class="hint">{t('risky.none')}</p>
      ) : (
        <ul aria-labelledby="schedules-heading">
          {schedules.map((schedule, i) => (
            <li key={`${schedule.from}-${schedule.to}-${i}`}>
              {describeSchedule(schedule, locale)}{' '}
              <button
                type="button"
                class="quiet small"
                aria-label={t('risky.removeFor', { from: hourLabel(schedule.from, locale), to: hourLabel(schedule.to, locale) })}
                onClick={() => change(schedules.filter((_, j) => j !== i))}
              >
                {t('risky.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {waits !== undefined && (
        <PendingNote
          id="schedules-waits"
          text={t('loosening.schedules', { when: shortMoment(locale).format(waits.change.effectiveAt) })}
          keep={t('loosening.keepSchedules')}
          onKeep={() => void attempt(() => keepSettings(['schedules'])).then((kept) => kept && setNotice(t('loosening.kept')))}
        />
      )}
      {schedules.length < MAX_SCHEDULES && (
        <form
          class="schedule-form"
          onSubmit={(event) => {
            event.preventDefault();
            const empty = scheduleLength({ from, to }) === 0;
            setSameHours(empty);
            if (empty) return;
            change([...schedules, { from, to, strict: kind === 'strict', breathSeconds: kind === 'strict' ? 0 : seconds }]);
          }}
        >
          <fieldset>
            <legend>{t('risky.add')}</legend>
            <p class="plan-hours">
              <HourSelect id="schedule-from" label={t('plan.from')} value={from} locale={locale} onChange={choose(setFrom)} />
              <HourSelect id="schedule-to" label={t('plan.to')} value={to} locale={locale} onChange={choose(setTo)} />
            </p>
            <p class="plan-hours">
              <label for="schedule-kind">{t('risky.kind')}</label>
              <select id="schedule-kind" value={kind} onChange={(event) => setKind(event.currentTarget.value as 'strict' | 'breath')}>
                <option value="breath">{t('risky.kindBreath')}</option>
                <option value="strict">{t('risky.kindStrict')}</option>
              </select>
            </p>
            {kind === 'breath' && (
              <p class="plan-hours">
                <label for="schedule-seconds">{t('risky.seconds')}</label>
                <select id="schedule-seconds" value={String(seconds)} onChange={(event) => setSeconds(Number(event.currentTarget.value))}>
                  {[30, 60, 90, 120, 180].map((option) => (
                    <option key={option} value={String(option)}>
                      {option}
                    </option>
                  ))}
                </select>
              </p>
            )}
          </fieldset>
          <div class="actions">
            <button type="submit" class="primary">
              {t('risky.add')}
            </button>
          </div>
        </form>
      )}
      <p role="status" class="hint">
        {notice}
      </p>
      <SaveProblem problem={sameHours ? t('risky.sameHours') : problem} />
    </div>
  );
}
