import { useEffect, useState } from 'preact/hooks';
import { locale, t } from '../platform/i18n';
import { systemClock } from '../lib/clock';

interface Props {
  readonly seconds: number;
  /** Called once when the breath is over. */
  readonly onDone: () => void;
  /** The clock, in ms; the countdown is computed from it, so it stays right in a hidden tab. */
  readonly now?: () => number;
}

/**
 * Urge surfing: a slow circle to breathe with and a countdown. The count is derived from the
 * clock rather than counted in ticks, because browsers slow timers in background tabs. Screen
 * readers hear it twice, at the start and at the end, not every second.
 */
export function Breath({ seconds, onDone, now = systemClock }: Props) {
  const [startedAt] = useState(now);
  const [left, setLeft] = useState(seconds);

  useEffect(() => {
    const update = () => {
      const remaining = Math.max(0, Math.ceil(seconds - (now() - startedAt) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        window.clearInterval(timer);
        onDone();
      }
    };
    const timer = window.setInterval(update, 250);
    document.addEventListener('visibilitychange', update);
    update();
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', update);
    };
    // The breath is started once per screen; a new one needs a new screen.
  }, []);

  const done = left === 0;
  return (
    <section class={`breath${done ? ' done' : ''}`} aria-labelledby="breath-heading">
      <h2 id="breath-heading" class="visually-hidden">
        {t('breath.heading')}
      </h2>
      <div class="breath-circle" aria-hidden="true">
        <span class="breath-count">{done ? '✓' : new Intl.NumberFormat(locale).format(left)}</span>
      </div>
      <p class="breath-text" aria-hidden="true">
        {t(done ? 'breath.done' : 'breath.guide')}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {done ? t('breath.over') : t('breath.start', seconds)}
      </p>
    </section>
  );
}
