import { DataTable } from './DataTable';
import type { DayCount } from '../../lib/week-summary';
import { locale as userLocale, t } from '../../platform/i18n';

interface Props {
  readonly days: readonly DayCount[];
  readonly locale?: string;
  readonly caption: string;
}

/** Average strength (1–10) day by day; days without a rated urge leave a gap. */
export function StrengthTrend({ days, locale = userLocale, caption }: Props) {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const x = (i: number) => 8 + i * (84 / Math.max(1, days.length - 1));
  const y = (strength: number) => 52 - (strength - 1) * (48 / 9);
  const points = days.map((day, i) => (day.averageStrength === null ? null : `${x(i)},${y(day.averageStrength)}`));
  const segments: string[][] = [[]];
  for (const point of points) {
    if (point === null) segments.push([]);
    else segments.at(-1)!.push(point);
  }
  return (
    <figure class="chart strength">
      <div class="strength-chart" aria-hidden="true">
        <div class="strength-scale">
          <span>10</span>
          <span>1</span>
        </div>
        <svg viewBox="0 0 100 60" width="100%" aria-hidden="true" focusable="false">
        <line x1="4" x2="96" y1={y(1)} y2={y(1)} class="gridline" />
        <line x1="4" x2="96" y1={y(10)} y2={y(10)} class="gridline" />
        {segments.filter((segment) => segment.length > 1).map((segment) => (
          <polyline key={segment.join()} points={segment.join(' ')} class="trend-line" />
        ))}
        {points.map((point, i) =>
          point === null ? null : <circle key={i} cx={x(i)} cy={y(days[i]!.averageStrength!)} r="1.6" class="trend-dot" />,
        )}
        </svg>
      </div>
      <div class="day-labels strength-days" aria-hidden="true">
        {days.map((day) => (
          <span key={day.day}>{weekday.format(day.day)}</span>
        ))}
      </div>
      <DataTable
        caption={caption}
        columns={[t('chart.day'), t('chart.averageStrength')]}
        rows={days.map((day) => ({
          key: day.day,
          label: weekday.format(day.day),
          cells: [day.averageStrength === null ? t('chart.noRating') : number.format(day.averageStrength)],
        }))}
      />
    </figure>
  );
}
