import { locale as userLocale, t } from '../i18n';

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
      <svg viewBox="0 0 250 76" width="100%" aria-hidden="true" focusable="false">
        {cells.map((row, d) => (
          <g key={d}>
            <text x="0" y={d * 10 + 8} class="axis">
              {weekday.format(days[d] ?? 0)}
            </text>
            {row.map((value, hour) => (
              <rect
                key={hour}
                x={28 + hour * 9.2}
                y={d * 10}
                width={8.4}
                height={8.4}
                rx={1}
                class={value === 0 ? 'cell-empty' : 'cell'}
                style={value === 0 ? undefined : { opacity: 0.25 + 0.75 * (value / max) }}
              />
            ))}
          </g>
        ))}
        {[0, 6, 12, 18].map((hour) => (
          <text key={hour} x={28 + hour * 9.2} y={76} class="axis">
            {hourLabel(hour)}
          </text>
        ))}
      </svg>
      <table class="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.day')}</th>
            <th scope="col">{t('chart.hoursWithUrges')}</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((row, d) => (
            <tr key={d}>
              <th scope="row">{weekday.format(days[d] ?? 0)}</th>
              <td>
                {row
                  .map((value, hour) => (value === 0 ? null : t('chart.hourUrges', { hour: hourLabel(hour), count: value })))
                  .filter((text) => text !== null)
                  .join(', ') || t('chart.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
