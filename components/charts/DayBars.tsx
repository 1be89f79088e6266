import { DataTable } from './DataTable';
import type { DayCount } from '../../lib/week-summary';
import { locale as userLocale, t } from '../../platform/i18n';

interface Props {
  readonly days: readonly DayCount[];
  readonly locale?: string;
  /** Drawing height in px; the width follows the container. */
  readonly height?: number;
  readonly caption: string;
}

const OUTCOMES = [
  { key: 'turnedBack', label: 'outcome.turnedBack', className: 'bar-turned-back' },
  { key: 'continued', label: 'outcome.looked', className: 'bar-continued' },
] as const;

/**
 * Urges per day, stacked by outcome. The picture is for the eye; the table beside it (hidden
 * visually, not from screen readers) carries the same numbers.
 */
export function DayBars({ days, locale = userLocale, height = 120, caption }: Props) {
  const number = new Intl.NumberFormat(locale);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  const fullDay = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
  const totals = days.map((day) => day.turnedBack + day.continued);
  const max = Math.max(1, ...totals);
  const barWidth = 100 / days.length;
  const chartHeight = height - 18;
  return (
    <figure class="chart day-bars">
      {/* Each day's count, over its bar. */}
      <div class="day-counts" aria-hidden="true">
        {totals.map((total, i) => (
          <span key={days[i]!.day}>{total === 0 ? '' : number.format(total)}</span>
        ))}
      </div>
      <svg viewBox={`0 0 100 ${height}`} preserveAspectRatio="none" width="100%" height={height} aria-hidden="true" focusable="false">
        {days.map((day, i) => {
          let y = chartHeight;
          return (
            <g key={day.day}>
              {OUTCOMES.map(({ key, className }) => {
                const value = day[key];
                if (value === 0) return null;
                const h = (value / max) * (chartHeight - 4);
                y -= h;
                return <rect key={key} class={className} x={i * barWidth + barWidth * 0.2} y={y} width={barWidth * 0.6} height={h} rx={0.8} />;
              })}
            </g>
          );
        })}
      </svg>
      <div class="day-labels" aria-hidden="true">
        {days.map((day) => (
          <span key={day.day}>{weekday.format(day.day)}</span>
        ))}
      </div>
      <div class="legend" aria-hidden="true">
        {OUTCOMES.map(({ label, className }) => (
          <span key={className}>
            <i class={`swatch ${className}`} /> {t(label)}
          </span>
        ))}
      </div>
      <DataTable
        caption={caption}
        columns={[t('chart.day'), ...OUTCOMES.map(({ label }) => t(label))]}
        rows={days.map((day) => ({
          key: day.day,
          label: fullDay.format(day.day),
          cells: [day.turnedBack, day.continued].map((value) => number.format(value)),
        }))}
      />
    </figure>
  );
}
