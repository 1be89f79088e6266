import { useState } from 'preact/hooks';
import { t } from '../platform/i18n';

/**
 * Writes can fail: the browser's storage may be full (Chrome gives an extension 10 MB unless it
 * may use more), or the browser may be shutting down. A failed write changes nothing that was
 * stored; the user is told in words, next to what they did, and what they typed stays.
 */
export function saveProblem(error: unknown): string {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text) ? t('storage.full') : t('storage.failed');
}

/**
 * `attempt(write)` runs a write and resolves true when it was kept; on failure `problem` holds
 * the words to show (cleared by the next write that succeeds).
 */
export function useSaving(): { problem: string; attempt: (write: () => Promise<unknown>) => Promise<boolean> } {
  const [problem, setProblem] = useState('');
  const attempt = async (write: () => Promise<unknown>): Promise<boolean> => {
    try {
      await write();
      setProblem('');
      return true;
    } catch (error) {
      setProblem(saveProblem(error));
      return false;
    }
  };
  return { problem, attempt };
}

/** Where a failed write is told: always in the page, so screen readers announce it. */
export function SaveProblem({ problem }: { problem: string }) {
  return (
    <p role="alert" class="feedback problem">
      {problem}
    </p>
  );
}
