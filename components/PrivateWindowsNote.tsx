import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { rich } from './rich';

interface Props {
  /** Whether the browser lets the extension run in private windows. */
  readonly isAllowed: () => Promise<boolean>;
  readonly browser: 'chrome' | 'firefox';
  /** Opens the browser's page for this extension, where the user can allow it (Chrome only). */
  readonly openSettings?: () => void;
  /** Also confirm when private windows are covered (the settings page), not only warn. */
  readonly confirm?: boolean;
  /** The popup: the full note once, then one line with the way to allow it a click away. */
  readonly brief?: { readonly seen: () => boolean; readonly markSeen: () => void };
}

/**
 * Browsers keep extensions out of private windows unless the user allows them, so a profile
 * opened there would not pause. Says so kindly, and how to change it.
 */
export function PrivateWindowsNote({ isAllowed, browser, openSettings, confirm = false, brief }: Props) {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [short, setShort] = useState(() => brief?.seen() ?? false);
  useEffect(() => {
    isAllowed().then(setAllowed, () => setAllowed(null));
  }, [isAllowed]);
  useEffect(() => {
    if (allowed === false) brief?.markSeen();
  }, [allowed]);

  if (allowed === null) return null;
  if (allowed) return confirm ? <p class="hint">{t('private.covered')}</p> : null;
  if (short) {
    return (
      <p class="hint private-brief">
        {t('private.notCovered')}{' '}
        <button type="button" class="link" aria-expanded="false" onClick={() => setShort(false)}>
          {t('private.how')}
        </button>
      </p>
    );
  }
  return (
    <div class="note" role="note" aria-labelledby="private-windows-heading">
      <p id="private-windows-heading">
        <strong>{t('private.notCovered')}</strong>
      </p>
      <p>{browser === 'firefox' ? rich('private.firefox', { addons: <code>about:addons</code> }) : t('private.chrome')}</p>
      {browser === 'chrome' && openSettings !== undefined && (
        <button type="button" onClick={openSettings}>
          {t('private.openDetails')}
        </button>
      )}
    </div>
  );
}
