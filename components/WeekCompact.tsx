import type { Streaks, WeekSummary } from '../lib/week-summary';
import { TRIGGER_LABELS } from '../lib/urge';
import { DayBars } from './charts/DayBars';

interface Props {
  readonly week: WeekSummary;
  readonly streaks: Streaks;
  readonly locale?: string;
}

/** This week at a glance, for the popup. Every figure is text; the chart repeats it visually. */
export function WeekCompact({ week, streaks, locale }: Props) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const rate = week.turnedBackRate;
  const before = week.previous.turnedBackRate;
  const change =
    rate === null || before === null
      ? null
      : Math.round((rate - before) * 100) === 0
        ? 'the same as last week'
        : `${rate > before ? 'up' : 'down'} from ${percent.format(before)} last week`;
  const top = week.topTriggers[0];
  return (
    <section class="week-compact" aria-labelledby="week-heading">
      <h2 id="week-heading">This week</h2>
      {week.urges === 0 ? (
        <p>No urges logged this week{week.previous.urges > 0 ? ` (${week.previous.urges} last week)` : ''}.</p>
      ) : (
        <>
          <p class="headline">
            <strong>
              {week.urges} {week.urges === 1 ? 'urge' : 'urges'}
            </strong>{' '}
            · {week.turnedBack} surfed
            {rate !== null && (
              <>
                {' '}
                · {percent.format(rate)} turned back{change === null ? '' : `, ${change}`}
              </>
            )}
          </p>
          <DayBars days={week.days} locale={locale} height={64} caption="Urges per day this week" />
          <p class="hint">
            {top !== undefined && <>Most often: {TRIGGER_LABELS[top.trigger].toLowerCase()}. </>}
            {week.averageStrength !== null && <>Average strength {decimal.format(week.averageStrength)} of 10.</>}
          </p>
        </>
      )}
      <ul class="streaks">
        <li>
          {streaks.daysSinceLooked === null
            ? 'You haven’t looked since you started.'
            : streaks.daysSinceLooked === 0
              ? 'You looked today. A new run starts tomorrow.'
              : `${streaks.daysSinceLooked} ${streaks.daysSinceLooked === 1 ? 'day' : 'days'} since you last looked.`}
        </li>
        <li>
          {streaks.surfedTotal} {streaks.surfedTotal === 1 ? 'urge' : 'urges'} surfed in total.
          {streaks.longestRun > 0 && ` Longest run: ${streaks.longestRun} ${streaks.longestRun === 1 ? 'day' : 'days'}.`}
        </li>
      </ul>
    </section>
  );
}
