import type { ReadonlySignal } from '@preact/signals';
import type { Settings } from '../lib/settings';
import { t } from '../platform/i18n';
import { updateSettings } from '../platform/storage/settings';
import { SaveProblem, useSaving } from './saving';

/**
 * Whether a quiet line ("Hidden: something from Sam") is left where something of theirs was
 * hidden in a feed. Off by default. Either way at once: the line names no more than the person,
 * and showing what it hides goes through the pause.
 */
export function FeedPlaceholderSetting({ settings }: { settings: ReadonlySignal<Settings | null> }) {
  const { problem, attempt } = useSaving();
  const current = settings.value;
  if (current === null) return null;
  return (
    <div class="field">
      <label>
        <input
          type="checkbox"
          checked={current.feedPlaceholder}
          aria-describedby="feed-placeholder-hint"
          onChange={(event) => {
            const feedPlaceholder = event.currentTarget.checked;
            void attempt(() => updateSettings((stored) => ({ ...stored, feedPlaceholder })));
          }}
        />{' '}
        {t('feeds.placeholder')}
      </label>
      <p id="feed-placeholder-hint" class="hint">
        {t('feeds.placeholderHint')}
      </p>
      <SaveProblem problem={problem} />
    </div>
  );
}
