import type { ComponentChildren } from 'preact';
import type { Streaks, WeekSummary } from '../lib/week-summary';
import { TRIGGER_LABELS } from '../lib/urge';
import { DayBars } from './charts/DayBars';
import { locale as userLocale, t } from '../platform/i18n';

interface Props {
  /** Null until the log is read: the heading and the action are there from the first frame. */
  readonly week: WeekSummary | null;
  readonly streaks: Streaks | null;
  readonly locale?: string;
  /** Beside the heading: the popup's "Log an urge". */
  readonly action?: ComponentChildren;
  /** "Week 5 since the breakup", when the user gave its date. */
  readonly sinceBreakup?: number | null;
}

/**
 * This week at a glance, for the popup, in counts (never a percentage, which reads as a grade):
 * how many urges, how many turned back, how many looks; the change from last week only when it
 * is good news, else plainly last week's number. Every figure is text; the chart repeats it.
 */
export function WeekCompact({ week, streaks, locale = userLocale, action, sinceBreakup = null }: Props) {
  const head = (
    <>
      <div class="week-head">
        <h2 id="week-heading">{t('week.heading')}</h2>
        {action}
      </div>
      {sinceBreakup !== null && <p class="hint since-breakup">{t('breakup.week', { count: sinceBreakup })}</p>}
    </>
  );
  if (week === null || streaks === null) {
    return (
      <section class="week-compact" aria-labelledby="week-heading">
        {head}
      </section>
    );
  }
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const before = week.previous.urges;
  const change =
    before === 0 ? null : week.urges < before ? t('week.fewerThanLastWeek', before - week.urges) : week.urges === before ? t('week.sameAsLastWeek') : t('week.lastWeek', { urges: t('count.urges', before) });
  const top = week.topTriggers[0];
  return (
    <section class="week-compact" aria-labelledby="week-heading">
      {head}
      {week.urges === 0 ? (
        <p>{before > 0 ? t('week.noneWithLastWeek', { urges: before }) : t('week.none')}</p>
      ) : (
        <>
          {/* elementtiming: `npm run bench` times when this line is first shown (bench/browser.ts). */}
          <p class="headline" elementtiming="week">
            <strong>{t('count.urges', week.urges)}</strong> · {t('week.turnedBack', week.turnedBack)}
            {week.continued > 0 && <> · {t('week.looked', week.continued)}</>}
          </p>
          {change !== null && <p class="hint">{change}</p>}
          <DayBars days={week.days} locale={locale} height={64} caption={t('week.chartCaption')} />
          <p class="hint">
            {top !== undefined && <>{t('week.mostOften', { trigger: t(TRIGGER_LABELS[top.trigger]).toLocaleLowerCase(locale) })} </>}
            {week.averageStrength !== null && t('week.averageStrength', { strength: decimal.format(week.averageStrength) })}
          </p>
        </>
      )}
      <ul class="streaks">
        <li>
          {t('week.turnedBackTotal', streaks.turnedBackTotal)}
          {streaks.longestRun > 0 && ` ${t('week.longestRun', streaks.longestRun)}`}
        </li>
        {/* Never "0 days": after a look, what stays is everything above. */}
        {streaks.daysSinceLooked === null ? <li>{t('week.neverLooked')}</li> : streaks.daysSinceLooked > 0 && <li>{t('week.daysSinceLooked', streaks.daysSinceLooked)}</li>}
      </ul>
    </section>
  );
}
