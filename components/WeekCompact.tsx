import type { Streaks, WeekSummary } from '../lib/week-summary';
import { TRIGGER_LABELS } from '../lib/urge';
import { DayBars } from './charts/DayBars';
import { locale as userLocale, t } from '../platform/i18n';

interface Props {
  readonly week: WeekSummary;
  readonly streaks: Streaks;
  readonly locale?: string;
}

/** This week at a glance, for the popup. Every figure is text; the chart repeats it visually. */
export function WeekCompact({ week, streaks, locale = userLocale }: Props) {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const rate = week.turnedBackRate;
  const before = week.previous.turnedBackRate;
  const change =
    rate === null || before === null
      ? null
      : Math.round((rate - before) * 100) === 0
        ? t('week.sameAsLastWeek')
        : t(rate > before ? 'week.upFrom' : 'week.downFrom', { percent: percent.format(before) });
  const top = week.topTriggers[0];
  return (
    <section class="week-compact" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('week.heading')}</h2>
      {week.urges === 0 ? (
        <p>{week.previous.urges > 0 ? t('week.noneWithLastWeek', { urges: week.previous.urges }) : t('week.none')}</p>
      ) : (
        <>
          {/* elementtiming: `npm run bench` times when this line is first shown (bench/browser.ts). */}
          <p class="headline" elementtiming="week">
            <strong>{t('count.urges', week.urges)}</strong> · {t('week.surfed', { count: week.turnedBack })}
            {rate !== null && (
              <>
                {' · '}
                {change === null
                  ? t('week.turnedBack', { percent: percent.format(rate) })
                  : t('week.turnedBackChange', { percent: percent.format(rate), change })}
              </>
            )}
          </p>
          <DayBars days={week.days} locale={locale} height={64} caption={t('week.chartCaption')} />
          <p class="hint">
            {top !== undefined && <>{t('week.mostOften', { trigger: t(TRIGGER_LABELS[top.trigger]).toLocaleLowerCase(locale) })} </>}
            {week.averageStrength !== null && t('week.averageStrength', { strength: decimal.format(week.averageStrength) })}
          </p>
        </>
      )}
      <ul class="streaks">
        <li>
          {streaks.daysSinceLooked === null
            ? t('week.neverLooked')
            : streaks.daysSinceLooked === 0
              ? t('week.lookedToday')
              : t('week.daysSinceLooked', streaks.daysSinceLooked)}
        </li>
        <li>
          {t('week.surfedTotal', streaks.surfedTotal)}
          {streaks.longestRun > 0 && ` ${t('week.longestRun', streaks.longestRun)}`}
        </li>
      </ul>
    </section>
  );
}
