import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { markSaid, wasSaid } from '../platform/storage/own-words';
import { rich } from './rich';

const HELP_URL = 'https://findahelpline.com/';

/**
 * Checks for the user's own safety this week, counted apart from urges (never a look, never a
 * broken run); after the first one, once, a quiet line about support.
 */
export function SafetyChecks({ count }: { count: number }) {
  const [support, setSupport] = useState(false);
  useEffect(() => {
    if (count === 0) return;
    void wasSaid('support').then((said) => {
      if (said) return;
      setSupport(true);
      void markSaid('support');
    });
  }, [count > 0]);
  if (count === 0) return null;
  return (
    <div class="safety-checks">
      <p class="hint">{t('safety.week', count)}</p>
      {support && (
        <p class="hint">
          {rich('safety.support', {
            helpline: (
              <a href={HELP_URL} target="_blank" rel="noreferrer">
                {t('safety.helpline')}
              </a>
            ),
          })}
        </p>
      )}
    </div>
  );
}
