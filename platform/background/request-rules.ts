import { browser } from '#imports';
import { activeAllowances } from '../../lib/allowances';
import { systemClock } from '../../lib/clock';
import { isProtectionPaused, listedKeys } from '../../lib/must-stop';
import { ALLOW_RULE_RESERVE, buildRules, MAX_REGEX_RULES, packRegex, planRules } from '../../lib/redirect-rules';
import type { RuleStatus } from '../../lib/rule-status';
import { FIRST_SEARCH_PASS_ID, FIRST_SEARCH_RULE_ID, SEARCH_RULE_RESERVE } from '../../lib/search-rules';
import { allowancesItem, peopleItem, ruleStatusItem, settingsItem } from '../storage/keys';
import { ensurePausePass } from '../storage/pause-pass';
import { passParam } from '../../lib/pause-request';

type DynamicRules = Parameters<typeof browser.declarativeNetRequest.updateDynamicRules>[0]['addRules'];

/** The pause page, for the background's own navigations (an extension may open its own pages). */
export const pausePageUrl = (): string => browser.runtime.getURL('/pause.html');

/**
 * Where the request rules send a stopped visit: public/go.html at its fixed address (the browser
 * moves it to that session's own address), which goes on to the pause page. Built from the pause
 * page's address, which does not change between sessions, unlike `getURL('/go.html')`.
 */
const rulesTarget = (): string => new URL('go.html', pausePageUrl()).href;

// The browser's verdict on a pattern, and each form's budget, never change: asked once per worker.
const verdicts = new Map<string, Promise<boolean>>();
const budgets = new Map<string, number>();

export function isSupported(regex: string): Promise<boolean> {
  let verdict = verdicts.get(regex);
  if (verdict === undefined) {
    // Firefox checks patterns only when rules are added, and has no size limit that matters here.
    const check = browser.declarativeNetRequest.isRegexSupported as typeof browser.declarativeNetRequest.isRegexSupported | undefined;
    verdict = check === undefined ? Promise.resolve(true) : check({ regex, isCaseSensitive: false }).then((result) => result.isSupported);
    verdicts.set(regex, verdict);
  }
  return verdict;
}

async function rulesFor(keys: Iterable<string>, action: 'redirect' | 'allow', maxRules: number) {
  const plan = planRules(keys);
  const { rules: regex, uncovered } = await packRegex(plan.regex, { isSupported, maxRules, budgets });
  const pauseParams = action === 'redirect' ? passParam(await ensurePausePass()) : '';
  const built = buildRules(regex, plan.filters, { pausePageUrl: rulesTarget(), action, pauseParams });
  return { rules: built.rules as unknown as DynamicRules, uncovered, uncoveredCopies: built.uncoveredCopies };
}

/**
 * Replaces the dynamic redirect rules with ones built from the current list, in one call, so
 * there is never a moment with no rules or with two sets. Dynamic rules persist across browser
 * restarts; this runs again whenever the worker starts and on every change to the list. What
 * did not fit, or a browser that refused the rules, is kept in `ruleStatus` for the settings
 * page to say: never a silent gap.
 */
export async function syncRedirectRules(now = systemClock()): Promise<void> {
  const [people, settings] = await Promise.all([peopleItem.getValue(), settingsItem.getValue()]);
  // While the user has paused protection (after its cooling-off), no visit is stopped.
  const paused = isProtectionPaused(settings, now);
  const listed = listedKeys(people);
  const { rules, uncovered, uncoveredCopies } = paused
    ? { rules: [], uncovered: [], uncoveredCopies: [] }
    : await rulesFor(listed, 'redirect', MAX_REGEX_RULES - ALLOW_RULE_RESERVE - SEARCH_RULE_RESERVE);
  // The searches' rules (ids from FIRST_SEARCH_RULE_ID) are kept by their own sync (search-rules.ts).
  const existing = (await browser.declarativeNetRequest.getDynamicRules()).filter((rule) => rule.id < FIRST_SEARCH_RULE_ID);
  let status: RuleStatus = { listed: listed.size, uncovered, uncoveredCopies, failed: false };
  try {
    await browser.declarativeNetRequest.updateDynamicRules({ removeRuleIds: existing.map((rule) => rule.id), addRules: rules });
  } catch (error) {
    // The old rules stay in place; the guard still stops every listed profile as it loads.
    status = { ...status, failed: true };
    console.error('Letting Go: the browser refused the request rules', error);
  }
  await ruleStatusItem.setValue(status);
}

/**
 * Session rules let allowed profiles through. The browser drops session rules when it quits, so
 * an allowance never outlives a restart by accident; they are rebuilt from storage at start.
 * Rejects when the browser refuses them, so "Continue" can say so instead of doing nothing.
 */
export async function syncAllowRules(now = systemClock()): Promise<void> {
  const { rules, uncovered } = await rulesFor(Object.keys(activeAllowances(await allowancesItem.getValue(), now)), 'allow', ALLOW_RULE_RESERVE);
  if (uncovered.length > 0) throw new Error(`No room for the allow rules of ${uncovered.length} profiles`);
  // One-shot passes for searches (ids from FIRST_SEARCH_PASS_ID) are the searches' own (search-passes.ts).
  const existing = (await browser.declarativeNetRequest.getSessionRules()).filter((rule) => rule.id < FIRST_SEARCH_PASS_ID);
  await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: existing.map((rule) => rule.id), addRules: rules });
}

