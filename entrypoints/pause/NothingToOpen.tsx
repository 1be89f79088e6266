import { useEffect, useRef } from 'preact/hooks';

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
        Nothing to open here
      </h1>
      <p>This address can’t be opened from the pause page. Only profiles on your list can be opened from here.</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void goBack()}>
          Go back
        </button>
      </div>
    </main>
  );
}
