import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../platform/i18n';

/**
 * Shown when the pause page's address does not name a listed profile (javascript:, data:,
 * another site, a profile no longer listed): there is nothing it will open.
 */
export function NothingToOpen({ goBack }: { goBack: () => Promise<void> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main class="pause">
      <h1 ref={heading} tabIndex={-1}>
        {t('nothingToOpen.heading')}
      </h1>
      <p>{t('nothingToOpen.text')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void goBack()}>
          {t('common.goBack')}
        </button>
      </div>
    </main>
  );
}
