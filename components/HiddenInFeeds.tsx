import { useEffect, useState } from 'preact/hooks';
import { startOfWeek, type Weekday } from '../lib/calendar';
import { hiddenInWeek } from '../lib/hidden-counts';
import { t } from '../platform/i18n';
import { hiddenCountsItem } from '../platform/storage/keys';

interface Props {
  readonly now: number;
  readonly weekStartsOn: Weekday;
  readonly locale: string;
  /** The stored counts; read (and followed) from storage when not given. */
  readonly counts?: unknown;
}

/**
 * How many of a listed person's things were kept out of sight in feeds this week, day by day:
 * numbers only, never what they were. Nothing at all in a week with none.
 */
export function HiddenInFeeds({ now, weekStartsOn, locale, counts: given }: Props) {
  const stored = useStoredCounts(given);
  const { days, total } = hiddenInWeek(stored, startOfWeek(now, weekStartsOn));
  if (total === 0) return null;
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short' });
  return (
    <div class="hidden-in-feeds">
      <p class="hint">{t('feeds.week', total)}</p>
      <ul class="inline-list hint" aria-label={t('feeds.daysLabel')}>
        {days.map(({ day, count }) => (
          <li key={day}>{t('feeds.day', { day: weekday.format(day), count })}</li>
        ))}
      </ul>
    </div>
  );
}

function useStoredCounts(given: unknown): unknown {
  const [stored, setStored] = useState<unknown>(given ?? {});
  useEffect(() => {
    if (given !== undefined) return;
    void hiddenCountsItem.getValue().then(setStored);
    return hiddenCountsItem.watch(setStored);
  }, [given]);
  return given ?? stored;
}
