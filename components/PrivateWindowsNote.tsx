import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** Whether the browser lets the extension run in private windows. */
  readonly isAllowed: () => Promise<boolean>;
  readonly browser: 'chrome' | 'firefox';
  /** Opens the browser's page for this extension, where the user can allow it (Chrome only). */
  readonly openSettings?: () => void;
  /** Also confirm when private windows are covered (the settings page), not only warn. */
  readonly confirm?: boolean;
}

/**
 * Browsers keep extensions out of private windows unless the user allows them, so a profile
 * opened there would not pause. Says so kindly, and how to change it.
 */
export function PrivateWindowsNote({ isAllowed, browser, openSettings, confirm = false }: Props) {
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    isAllowed().then(setAllowed, () => setAllowed(null));
  }, [isAllowed]);

  if (allowed === null) return null;
  if (allowed) return confirm ? <p class="hint">Letting Go also pauses visits in private windows.</p> : null;
  return (
    <div class="note" role="note" aria-labelledby="private-windows-heading">
      <p id="private-windows-heading">
        <strong>Private windows aren’t covered yet.</strong>
      </p>
      {browser === 'firefox' ? (
        <p>
          Firefox keeps extensions out of private windows until you allow them. To be paused there too, open{' '}
          <code>about:addons</code>, choose Letting Go, and set “Run in Private Windows” to Allow.
        </p>
      ) : (
        <p>
          Your browser keeps extensions out of Incognito windows until you allow them. To be paused there too, open the
          extension’s details and turn on “Allow in Incognito”.
        </p>
      )}
      {browser === 'chrome' && openSettings !== undefined && (
        <button type="button" onClick={openSettings}>
          Open extension details
        </button>
      )}
    </div>
  );
}
