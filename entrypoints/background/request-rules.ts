import { browser } from '#imports';
import { activeAllowances } from '../../lib/allowances';
import { listedKeysFromStored } from '../../lib/listed-keys';
import { buildRules, planRules, regexCandidates, type RulePlan } from '../../lib/redirect-rules';
import { isProtectionPaused } from '../../lib/protection-paused';
import { allowancesItem, peopleItem, settingsItem } from '../../lib/storage';
import { systemClock } from '../../lib/clock';

type DynamicRules = Parameters<typeof browser.declarativeNetRequest.updateDynamicRules>[0]['addRules'];

/** The page every stopped visit is sent to. */
export const pausePageUrl = (): string => browser.runtime.getURL('/pause.html');

// The browser's verdict on a pattern never changes, so each is asked once per worker.
const verdicts = new Map<string, boolean>();

async function supportedPatterns(plan: RulePlan): Promise<(regex: string) => boolean> {
  await Promise.all(
    regexCandidates(plan)
      .filter((regex) => !verdicts.has(regex))
      .map(async (regex) => {
        // Firefox checks patterns only when rules are added; there the first candidate is used.
        const check = browser.declarativeNetRequest.isRegexSupported as typeof browser.declarativeNetRequest.isRegexSupported | undefined;
        verdicts.set(regex, check === undefined ? true : (await check({ regex })).isSupported);
      }),
  );
  return (regex) => verdicts.get(regex) === true;
}

async function rulesFor(keys: Iterable<string>, action: 'redirect' | 'allow') {
  const plan = planRules(keys);
  const isSupported = await supportedPatterns(plan);
  return buildRules(plan, { isSupported, pausePageUrl: pausePageUrl(), action }) as unknown as DynamicRules;
}

/**
 * Replaces the dynamic redirect rules with ones built from the current list, in one call, so
 * there is never a moment with no rules or with two sets. Dynamic rules persist across browser
 * restarts; this runs again whenever the worker starts and on every change to the list.
 */
export async function syncRedirectRules(now = systemClock()): Promise<void> {
  const [people, settings] = await Promise.all([peopleItem.getValue(), settingsItem.getValue()]);
  // While the user has paused protection (after its cooling-off), no visit is stopped.
  const paused = isProtectionPaused(settings, now);
  const addRules = paused ? [] : await rulesFor(listedKeysFromStored(people), 'redirect');
  const existing = await browser.declarativeNetRequest.getDynamicRules();
  await browser.declarativeNetRequest.updateDynamicRules({ removeRuleIds: existing.map((rule) => rule.id), addRules });
}

/**
 * Session rules let allowed profiles through. The browser drops session rules when it quits, so
 * an allowance never outlives a restart by accident; they are rebuilt from storage at start.
 */
export async function syncAllowRules(now = systemClock()): Promise<void> {
  const addRules = await rulesFor(Object.keys(activeAllowances(await allowancesItem.getValue(), now)), 'allow');
  const existing = await browser.declarativeNetRequest.getSessionRules();
  await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: existing.map((rule) => rule.id), addRules });
}
