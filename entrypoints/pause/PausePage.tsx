import { useEffect, useRef, useState } from 'preact/hooks';
import { describeProfile, parseProfileKey } from '../../lib/profile-key';
import type { PauseRequest } from '../../lib/pause-request';

interface Props {
  /** The stopped visit; null when the address did not name a listed profile. */
  readonly request: PauseRequest | null;
  readonly goBack: () => Promise<void>;
  readonly continueTo: (request: PauseRequest) => Promise<void>;
}

/**
 * The calm screen between the urge and the profile. It only ever offers to continue to the
 * profile it was given, and only when that profile is on the user's list.
 */
export function PausePage({ request, goBack, continueTo }: Props) {
  const ref = request === null ? null : parseProfileKey(request.key);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  if (request === null || ref === null) {
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

  return (
    <main class="pause">
      <h1 ref={heading} tabIndex={-1}>
        A moment before you look
      </h1>
      <p class="stopped">
        You were about to open <strong>{describeProfile(ref)}</strong>.
      </p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void goBack()}>
          Go back
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void continueTo(request).catch(() => setBusy(false));
          }}
        >
          Continue to profile
        </button>
      </div>
    </main>
  );
}
