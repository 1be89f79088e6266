import type { WeekSince } from '../../lib/breakup';
import { locale as userLocale, t } from '../../platform/i18n';
import { DataTable } from './DataTable';

interface Props {
  readonly weeks: readonly WeekSince[];
  readonly locale?: string;
  readonly height?: number;
}

/**
 * Urges each week since the breakup, turned back and looked stacked, the weeks numbered from the
 * breakup; the same numbers in a table for screen readers.
 */
export function WeeksSince({ weeks, locale = userLocale, height = 96 }: Props) {
  const number = new Intl.NumberFormat(locale);
  const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const max = Math.max(1, ...weeks.map((week) => week.urges));
  const barWidth = 100 / Math.max(weeks.length, 1);
  const chart = height - 4;
  return (
    <figure class="chart weeks-since">
      {/* Each week's urges, over its bar. */}
      <div class="day-counts" aria-hidden="true">
        {weeks.map((week) => (
          <span key={week.week}>{number.format(week.urges)}</span>
        ))}
      </div>
      <svg viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" width="100%" height={height} aria-hidden="true" focusable="false">
        {weeks.map((week, i) => {
          const total = (week.urges / max) * chart;
          const back = (week.turnedBack / max) * chart;
          const x = i * barWidth + barWidth * 0.2;
          return (
            <g key={week.week}>
              <rect class="bar-continued" x={x} y={height - total} width={barWidth * 0.6} height={total - back} rx={0.8} />
              <rect class="bar-turned-back" x={x} y={height - back} width={barWidth * 0.6} height={back} rx={0.8} />
            </g>
          );
        })}
      </svg>
      <div class="day-labels" aria-hidden="true">
        {weeks.map((week) => (
          <span key={week.week}>{t('breakup.weekShort', { count: number.format(week.week) })}</span>
        ))}
      </div>
      <div class="legend" aria-hidden="true">
        <span>
          <i class="swatch bar-turned-back" /> {t('outcome.turnedBack')}
        </span>
        <span>
          <i class="swatch bar-continued" /> {t('outcome.looked')}
        </span>
      </div>
      <DataTable
        caption={t('breakup.chartCaption')}
        columns={[t('breakup.weekColumn'), t('breakup.urgesColumn'), t('breakup.turnedBackColumn')]}
        rows={weeks.map((week) => ({
          key: week.week,
          label: t('breakup.weekRow', { count: week.week, dates: dates.formatRange(week.start, week.end - 1) }),
          cells: [number.format(week.urges), number.format(week.turnedBack)],
        }))}
      />
    </figure>
  );
}
