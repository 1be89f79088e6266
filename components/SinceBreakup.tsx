import { useEffect, useState } from 'preact/hooks';
import { EASING_WEEKS, weeksSince } from '../lib/breakup';
import type { UrgeFacts } from '../lib/urge-history';
import { t } from '../platform/i18n';
import { markSaid, wasSaid } from '../platform/storage/own-words';
import { WeeksSince } from './charts/WeeksSince';

interface Props {
  readonly urges: readonly UrgeFacts[];
  readonly breakupDate: string | null;
  readonly now: number;
  readonly locale?: string;
}

/**
 * "Week 5 since the breakup", with each week's urges since then. Once, and without promises: for
 * many people the worst eases within about ten weeks (the count itself never resets).
 */
export function SinceBreakup({ urges, breakupDate, now, locale }: Props) {
  const weeks = weeksSince(urges, breakupDate, now);
  const [easing, setEasing] = useState(false);
  const current = weeks.at(-1)?.week ?? 0;
  useEffect(() => {
    if (current === 0 || current > EASING_WEEKS) return;
    void wasSaid('easing').then((said) => {
      if (said) return;
      setEasing(true);
      void markSaid('easing');
    });
  }, [current]);
  if (weeks.length === 0) return null;
  return (
    <section class="card" aria-labelledby="since-breakup">
      <h2 id="since-breakup">{t('breakup.week', { count: current })}</h2>
      {easing && <p class="hint easing">{t('breakup.easing')}</p>}
      <WeeksSince weeks={weeks} locale={locale} />
    </section>
  );
}
