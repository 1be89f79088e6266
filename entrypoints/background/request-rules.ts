import { browser } from '#imports';
import { activeAllowances } from '../../lib/allowances';
import { listedKeysFromStored } from '../../lib/listed-keys';
import { buildAllowRules, buildRedirectRules } from '../../lib/redirect-rules';
import { allowancesItem, peopleItem } from '../../lib/storage';

/** The page every stopped visit is sent to. */
export const pausePageUrl = (): string => browser.runtime.getURL('/pause.html');

/**
 * Replaces the dynamic redirect rules with ones built from the current list, in one call, so
 * there is never a moment with no rules or with two sets. Dynamic rules persist across browser
 * restarts; this runs again on install, update, start and every change to the list.
 */
export async function syncRedirectRules(): Promise<number> {
  const rules = buildRedirectRules(listedKeysFromStored(await peopleItem.getValue()), pausePageUrl());
  const existing = await browser.declarativeNetRequest.getDynamicRules();
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: existing.map((rule) => rule.id),
    addRules: rules as Parameters<typeof browser.declarativeNetRequest.updateDynamicRules>[0]['addRules'],
  });
  return rules.length;
}

/**
 * Session rules let allowed profiles through. The browser drops session rules when it quits, so
 * an allowance never outlives a restart by accident; they are rebuilt from storage at start.
 */
export async function syncAllowRules(now = Date.now()): Promise<void> {
  const allowed = Object.keys(activeAllowances(await allowancesItem.getValue(), now));
  const existing = await browser.declarativeNetRequest.getSessionRules();
  await browser.declarativeNetRequest.updateSessionRules({
    removeRuleIds: existing.map((rule) => rule.id),
    addRules: buildAllowRules(allowed) as Parameters<typeof browser.declarativeNetRequest.updateSessionRules>[0]['addRules'],
  });
}
