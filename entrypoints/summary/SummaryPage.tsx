import { computed, type ReadonlySignal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DayBars } from '../../components/charts/DayBars';
import { Heatmap } from '../../components/charts/Heatmap';
import { StrengthTrend } from '../../components/charts/StrengthTrend';
import type { UrgesState } from '../../components/urges-signal';
import { describeProfile, parseProfileKey } from '../../lib/profile-key';
import { resolveWeekStart } from '../../lib/resolve-week-start';
import { sanitiseWeekNotes, type Settings, weekNotesItem } from '../../lib/storage';
import { TRIGGER_LABELS } from '../../lib/urge';
import { weekKey } from '../../lib/week-key';
import { streaks, summariseWeek } from '../../lib/week-summary';

interface Props {
  readonly urges: ReadonlySignal<UrgesState>;
  readonly settings: ReadonlySignal<Settings>;
  readonly now?: number;
  readonly locale?: string;
}

/** Which week is shown lives in the address (#weeks-ago=2), so Back and reloads keep it. */
const readWeeksAgo = () => Math.max(0, Number(/weeks-ago=(\d+)/.exec(location.hash)?.[1] ?? 0));

export function SummaryPage({ urges, settings, now = Date.now(), locale = navigator.language }: Props) {
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
      week: computed(() => summariseWeek(urges.value.urges, now, resolveWeekStart(settings.value.weekStartsOn, locale), weeksAgo)),
      streaks: computed(() => streaks(urges.value.urges, now)),
    }),
    [urges, settings, now, locale, weeksAgo],
  );
  const week = views.week.value;
  const range = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(week.start, week.end - 1);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const title = weeksAgo === 0 ? 'This week' : weeksAgo === 1 ? 'Last week' : `${weeksAgo} weeks ago`;
  const oldest = urges.value.urges[0]?.at;
  const hasOlder = oldest !== undefined && oldest < week.start;

  return (
    <main class="summary">
      <header>
        <p class="hint">Letting Go · your week, kept only on this device</p>
        <h1>
          {title} <span class="range">{range}</span>
        </h1>
        <nav class="week-nav" aria-label="Weeks">
          <button type="button" disabled={!hasOlder} onClick={() => go(weeksAgo + 1)}>
            Previous week
          </button>
          <button type="button" disabled={weeksAgo === 0} onClick={() => go(weeksAgo - 1)}>
            Next week
          </button>
        </nav>
      </header>

      {!urges.value.loaded ? null : (
        <>
          <section class="card figures" aria-label="The week in numbers">
            <dl>
              <div>
                <dt>Urges</dt>
                <dd>{week.urges}</dd>
              </div>
              <div>
                <dt>Turned back</dt>
                <dd>{week.turnedBackRate === null ? '–' : percent.format(week.turnedBackRate)}</dd>
              </div>
              <div>
                <dt>Week before</dt>
                <dd>
                  {week.previous.urges} {week.previous.urges === 1 ? 'urge' : 'urges'}
                  {week.previous.turnedBackRate !== null && `, ${percent.format(week.previous.turnedBackRate)} turned back`}
                </dd>
              </div>
              <div>
                <dt>Average strength</dt>
                <dd>
                  {week.averageStrength === null ? '–' : `${decimal.format(week.averageStrength)} of 10`}
                  {week.averageStrength !== null && week.previous.averageStrength !== null && (
                    <span class="hint"> (week before: {decimal.format(week.previous.averageStrength)})</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>Surfed in total</dt>
                <dd>{views.streaks.value.surfedTotal}</dd>
              </div>
              <div>
                <dt>Days since you last looked</dt>
                <dd>{views.streaks.value.daysSinceLooked ?? 'never looked'}</dd>
              </div>
            </dl>
          </section>

          <section class="card" aria-labelledby="per-day">
            <h2 id="per-day">Day by day</h2>
            <DayBars days={week.days} locale={locale} caption={`Urges per day, ${range}`} />
          </section>

          <section class="card" aria-labelledby="when">
            <h2 id="when">When urges came</h2>
            <Heatmap cells={week.heatmap} days={week.days.map((day) => day.day)} locale={locale} caption={`Urges by day and hour, ${range}`} />
          </section>

          <div class="two-columns">
            <section class="card" aria-labelledby="triggers">
              <h2 id="triggers">What set them off</h2>
              {week.topTriggers.length === 0 ? (
                <p class="hint">No triggers noted this week.</p>
              ) : (
                <ul class="bars">
                  {week.topTriggers.map(({ trigger, count }) => (
                    <li key={trigger}>
                      <span>{TRIGGER_LABELS[trigger]}</span>
                      <span class="bar" style={{ width: `${(count / week.topTriggers[0]!.count) * 100}%` }} aria-hidden="true" />
                      <span class="count">{count}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section class="card" aria-labelledby="strength">
              <h2 id="strength">Strength, day by day</h2>
              <StrengthTrend days={week.days} locale={locale} caption={`Average strength per day, ${range}`} />
            </section>
          </div>

          <section class="card" aria-labelledby="profiles">
            <h2 id="profiles">Profiles</h2>
            {week.perProfile.length === 0 ? (
              <p class="hint">No profile was reached for this week.</p>
            ) : (
              <ul class="plain">
                {week.perProfile.map(({ key, count }) => {
                  const ref = parseProfileKey(key);
                  return (
                    <li key={key}>
                      {ref === null ? key : describeProfile(ref)}: {count} {count === 1 ? 'urge' : 'urges'}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          <WeekNote week={weekKey(week.start)} />
        </>
      )}
    </main>
  );
}

function WeekNote({ week }: { week: string }) {
  const [note, setNote] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setNote(null);
    setSaved(false);
    void weekNotesItem.getValue().then((stored) => setNote(sanitiseWeekNotes(stored)[week] ?? ''));
  }, [week]);
  if (note === null) return null;
  return (
    <section class="card" aria-labelledby="week-note">
      <h2 id="week-note">Looking back on this week</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void weekNotesItem.getValue().then(async (stored) => {
            await weekNotesItem.setValue({ ...sanitiseWeekNotes(stored), [week]: note.trim() });
            setSaved(true);
          });
        }}
      >
        <label for="week-note-text">What helped you this week, and what would you like to be gentler with yourself about?</label>
        <textarea id="week-note-text" rows={4} maxLength={5000} value={note} onInput={(event) => (setNote(event.currentTarget.value), setSaved(false))} />
        <div class="actions">
          <button type="submit" class="primary">
            Save
          </button>
          <span role="status" class="hint">
            {saved ? 'Saved.' : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
