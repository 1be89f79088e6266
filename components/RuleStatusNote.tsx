import { useEffect, useState } from 'preact/hooks';
import { readRuleStatus, type RuleStatus } from '../lib/rule-status';
import { ruleStatusItem } from '../platform/storage/keys';
import { t } from '../platform/i18n';

/**
 * Says plainly when the browser's limits left some listed profiles without a request rule, or
 * refused the rules: those visits are still stopped, by the navigation guard, but only once the
 * page has started to load. Never a silent gap.
 */
export function RuleStatusNote() {
  const [status, setStatus] = useState<RuleStatus | null>(null);
  useEffect(() => {
    const load = async () => setStatus(readRuleStatus(await ruleStatusItem.getValue()));
    void load();
    return ruleStatusItem.watch(() => void load());
  }, []);
  if (status === null) return null;
  const lines = [
    status.failed ? t('rules.failed') : null,
    status.uncovered.length > 0 ? t('rules.uncovered', { count: status.uncovered.length, listed: status.listed }) : null,
    status.uncoveredCopies.length > 0 ? t('rules.uncoveredCopies', status.uncoveredCopies.length) : null,
  ].filter((line) => line !== null);
  if (lines.length === 0) return null;
  return (
    <div class="note problem-note" role="note">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
