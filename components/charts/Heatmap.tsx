import { DataTable } from './DataTable';
import { locale as userLocale, t } from '../../platform/i18n';

interface Props {
  /** [day of the week 0–6, in the week's order][hour 0–23] → urges. */
  readonly cells: readonly (readonly number[])[];
  /** The week's days (ms), for their names. */
  readonly days: readonly number[];
  readonly locale?: string;
  readonly caption: string;
}

/** When urges come: hour of the day across, day of the week down; darker is more. */
export function Heatmap({ cells, days, locale = userLocale, caption }: Props) {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  const max = Math.max(1, ...cells.flat());
  const hourLabel = (hour: number) => new Intl.DateTimeFormat(locale, { hour: 'numeric' }).format(new Date(2026, 0, 1, hour));
  return (
    <figure class="chart heatmap">
      {/* Labels are HTML beside the drawing, so they keep the page's text size at any width. */}
      <div class="heatmap-grid" aria-hidden="true">
        <div class="heatmap-days">
          {cells.map((_, d) => (
            <span key={d}>{weekday.format(days[d] ?? 0)}</span>
          ))}
        </div>
        <svg viewBox={`0 0 240 ${cells.length * 10}`} preserveAspectRatio="none" width="100%" focusable="false">
          {cells.map((row, d) =>
            row.map((value, hour) => (
              <rect
                key={`${d}-${hour}`}
                x={hour * 10 + 0.6}
                y={d * 10 + 0.6}
                width={8.8}
                height={8.8}
                rx={1}
                class={value === 0 ? 'cell-empty' : 'cell'}
                style={value === 0 ? undefined : { opacity: 0.25 + 0.75 * (value / max) }}
              />
            )),
          )}
        </svg>
        <div class="heatmap-hours">
          {[0, 6, 12, 18].map((hour) => (
            <span key={hour} style={{ left: `${(hour / 24) * 100}%` }}>
              {hourLabel(hour)}
            </span>
          ))}
        </div>
      </div>
      <DataTable
        caption={caption}
        columns={[t('chart.day'), t('chart.hoursWithUrges')]}
        rows={cells.map((row, d) => ({
          key: d,
          label: weekday.format(days[d] ?? 0),
          cells: [
            row
              .map((value, hour) => (value === 0 ? null : t('chart.hourUrges', { hour: hourLabel(hour), count: value })))
              .filter((text) => text !== null)
              .join(', ') || t('chart.none'),
          ],
        }))}
      />
    </figure>
  );
}
