import { computed, type ReadonlySignal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DayBars } from '../../components/charts/DayBars';
import { Heatmap } from '../../components/charts/Heatmap';
import { locale as userLocale, t } from '../../platform/i18n';
import { SaveProblem, useSaving } from '../../components/saving';
import { StrengthTrend } from '../../components/charts/StrengthTrend';
import type { UrgesState } from '../../platform/signals/urges';
import { describeProfile, parseProfileKey } from '../../lib/profile-key';
import { resolveWeekStart } from '../../lib/resolve-week-start';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { deleteWeekNote, loadWeekNotes, saveWeekNote } from '../../platform/storage/week-notes';
import { TRIGGER_LABELS } from '../../lib/urge';
import { weekKey } from '../../lib/week-key';
import { streaksOf, summariseSortedWeek } from '../../lib/week-summary';
import { historyOf } from '../../lib/urge-history';
import { systemClock } from '../../lib/clock';
import { weekSince } from '../../lib/breakup';
import { RiskyHours } from '../../components/RiskyHours';
import { SinceBreakup } from '../../components/SinceBreakup';

interface Props {
  readonly urges: ReadonlySignal<UrgesState>;
  /** Null until read (the defaults apply meanwhile). */
  readonly settings: ReadonlySignal<Settings | null>;
  readonly now?: number;
  readonly locale?: string;
}

/** Which week is shown lives in the address (#weeks-ago=2), so Back and reloads keep it. */
const readWeeksAgo = () => Math.max(0, Number(/weeks-ago=(\d+)/.exec(location.hash)?.[1] ?? 0));

export function SummaryPage({ urges, settings, now = systemClock(), locale = userLocale }: Props) {
  const [weeksAgo, setWeeksAgo] = useState(readWeeksAgo);
  useEffect(() => {
    const onHash = () => setWeeksAgo(readWeeksAgo());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = (weeks: number) => {
    location.hash = weeks === 0 ? '' : `weeks-ago=${weeks}`;
    setWeeksAgo(weeks);
  };

  const views = useMemo(
    () => ({
      week: computed(() => summariseSortedWeek(urges.value.urges, now, resolveWeekStart((settings.value ?? DEFAULT_SETTINGS).weekStartsOn, locale), weeksAgo)),
      streaks: computed(() => streaksOf(urges.value.history ?? historyOf(urges.value.urges), now)),
    }),
    [urges, settings, now, locale, weeksAgo],
  );
  const week = views.week.value;
  const withoutProfile = week.urges - week.perProfile.reduce((sum, { count }) => sum + count, 0);
  const range = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(week.start, week.end - 1);
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(locale);
  const title = weeksAgo === 0 ? t('summary.thisWeek') : weeksAgo === 1 ? t('summary.lastWeek') : t('summary.weeksAgo', { count: weeksAgo });
  const oldest = urges.value.urges[0]?.at;
  const hasOlder = oldest !== undefined && oldest < week.start;
  // Of the week shown: its last day, or now for this week.
  const weekOfBreakup = weekSince((settings.value ?? DEFAULT_SETTINGS).breakupDate, Math.min(now, week.end - 1));

  return (
    <main class="summary">
      <header>
        <p class="hint">{t('summary.tagline')}</p>
        <h1>
          {title} <span class="range">{range}</span>
        </h1>
        {weekOfBreakup !== null && <p class="hint">{t('breakup.week', { count: weekOfBreakup })}</p>}
        <nav class="week-nav" aria-label={t('summary.weeks')}>
          <button type="button" disabled={!hasOlder} onClick={() => go(weeksAgo + 1)}>
            {t('summary.previousWeek')}
          </button>
          <button type="button" disabled={weeksAgo === 0} onClick={() => go(weeksAgo - 1)}>
            {t('summary.nextWeek')}
          </button>
        </nav>
      </header>

      {!urges.value.loaded ? null : (
        <>
          <section class="card figures" aria-label={t('summary.figures')}>
            <dl>
              <div>
                <dt>{t('summary.urges')}</dt>
                <dd>{integer.format(week.urges)}</dd>
              </div>
              <div>
                <dt>{t('summary.turnedBack')}</dt>
                <dd>{integer.format(week.turnedBack)}</dd>
              </div>
              {week.continued > 0 && (
                <div>
                  <dt>{t('summary.looked')}</dt>
                  <dd>{integer.format(week.continued)}</dd>
                </div>
              )}
              <div>
                <dt>{t('summary.weekBefore')}</dt>
                <dd>
                  {week.previous.urges === 0
                    ? t('count.urges', 0)
                    : t('summary.weekBeforeTurnedBack', { urges: t('count.urges', week.previous.urges), turnedBack: integer.format(week.previous.turnedBack) })}
                </dd>
              </div>
              <div>
                <dt>{t('summary.averageStrength')}</dt>
                <dd>
                  {week.averageStrength === null ? '–' : t('summary.strengthOf10', { strength: decimal.format(week.averageStrength) })}
                  {week.averageStrength !== null && week.previous.averageStrength !== null && (
                    <span class="hint"> {t('summary.weekBeforeStrength', { strength: decimal.format(week.previous.averageStrength) })}</span>
                  )}
                </dd>
              </div>
              {/* How things stand now belongs to this week only; past weeks show their own figures. */}
              {weeksAgo === 0 && (
                <div>
                  <dt>{t('summary.turnedBackTotal')}</dt>
                  <dd>{integer.format(views.streaks.value.turnedBackTotal)}</dd>
                </div>
              )}
              {weeksAgo === 0 && views.streaks.value.daysSinceLooked !== 0 && (
                <div>
                  <dt>{t('summary.daysSinceLooked')}</dt>
                  <dd>{views.streaks.value.daysSinceLooked === null ? t('summary.neverLooked') : integer.format(views.streaks.value.daysSinceLooked)}</dd>
                </div>
              )}
            </dl>
            {week.safetyChecks > 0 && <p class="hint">{t('safety.week', week.safetyChecks)}</p>}
          </section>

          {weeksAgo === 0 && <SinceBreakup urges={urges.value.urges} breakupDate={(settings.value ?? DEFAULT_SETTINGS).breakupDate} now={now} locale={locale} />}
          {weeksAgo === 0 && <RiskyHours urges={urges.value.urges} settings={settings.value ?? DEFAULT_SETTINGS} now={now} locale={locale} />}

          <section class="card" aria-labelledby="per-day">
            <h2 id="per-day">{t('summary.dayByDay')}</h2>
            <DayBars days={week.days} locale={locale} caption={t('summary.perDayCaption', { range })} />
          </section>

          <section class="card" aria-labelledby="when">
            <h2 id="when">{t('summary.whenUrgesCame')}</h2>
            <Heatmap cells={week.heatmap} days={week.days.map((day) => day.day)} locale={locale} caption={t('summary.heatmapCaption', { range })} />
          </section>

          <div class="two-columns">
            <section class="card" aria-labelledby="triggers">
              <h2 id="triggers">{t('summary.triggers')}</h2>
              {week.topTriggers.length === 0 ? (
                <p class="hint">{t('summary.noTriggers')}</p>
              ) : (
                <ul class="bars">
                  {week.topTriggers.map(({ trigger, count }) => (
                    <li key={trigger}>
                      <span>{t(TRIGGER_LABELS[trigger])}</span>
                      <span class="bar" style={{ width: `${(count / week.topTriggers[0]!.count) * 100}%` }} aria-hidden="true" />
                      <span class="count">{integer.format(count)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section class="card" aria-labelledby="strength">
              <h2 id="strength">{t('summary.strength')}</h2>
              <StrengthTrend days={week.days} locale={locale} caption={t('summary.strengthCaption', { range })} />
            </section>
          </div>

          <section class="card" aria-labelledby="profiles">
            <h2 id="profiles">{t('summary.profiles')}</h2>
            {week.urges === 0 ? (
              <p class="hint">{t('summary.noProfiles')}</p>
            ) : (
              <ul class="plain">
                {week.perProfile.map(({ key, count }) => {
                  const ref = parseProfileKey(key);
                  return <li key={key}>{t('summary.profileUrges', { profile: ref === null ? key : describeProfile(ref), urges: t('count.urges', count) })}</li>;
                })}
                {withoutProfile > 0 && <li>{t('summary.noProfileUrges', { urges: t('count.urges', withoutProfile) })}</li>}
              </ul>
            )}
          </section>

          <WeekNote week={weekKey(week.start)} past={weeksAgo > 0} />
        </>
      )}
    </main>
  );
}

function WeekNote({ week, past }: { week: string; past: boolean }) {
  const [note, setNote] = useState<string | null>(null);
  // The note as stored: one that is kept can be deleted at once.
  const [stored, setStored] = useState('');
  const [saved, setSaved] = useState<'saved' | 'deleted' | null>(null);
  const { problem, attempt } = useSaving();
  useEffect(() => {
    setNote(null);
    setSaved(null);
    void loadWeekNotes().then((notes) => {
      setNote(notes[week] ?? '');
      setStored(notes[week] ?? '');
    });
  }, [week]);
  if (note === null) return null;
  return (
    <section class="card" aria-labelledby="week-note">
      <h2 id="week-note">{t(past ? 'summary.noteHeadingPast' : 'summary.noteHeading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void attempt(() => saveWeekNote(week, note.trim())).then((kept) => {
            if (!kept) return;
            setSaved('saved');
            setStored(note.trim());
          });
        }}
      >
        <label for="week-note-text">{t(past ? 'summary.noteLabelPast' : 'summary.noteLabel')}</label>
        <textarea id="week-note-text" rows={4} maxLength={5000} value={note} onInput={(event) => (setNote(event.currentTarget.value), setSaved(null))} />
        <div class="actions">
          <button type="submit" class="primary">
            {t('common.save')}
          </button>
          {stored !== '' && (
            <button
              type="button"
              class="quiet"
              onClick={() =>
                void attempt(() => deleteWeekNote(week)).then((deleted) => {
                  if (!deleted) return;
                  setNote('');
                  setStored('');
                  setSaved('deleted');
                })
              }
            >
              {t('summary.deleteNote')}
            </button>
          )}
          <span role="status" class="hint">
            {saved === 'saved' ? t('summary.saved') : saved === 'deleted' ? t('summary.noteDeleted') : ''}
          </span>
        </div>
        <SaveProblem problem={problem} />
      </form>
    </section>
  );
}
