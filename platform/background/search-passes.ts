import { browser } from '#imports';
import { grantAllowance } from '../../lib/allowances';
import { systemClock } from '../../lib/clock';
import { searchAllowanceKey } from '../../lib/search-pause';
import { FIRST_SEARCH_PASS_ID, passRule } from '../../lib/search-rules';
import { watchedPeople } from '../../lib/search-terms';
import { readSettings } from '../../lib/settings';
import { allowancesItem, peopleItem, settingsItem } from '../storage/keys';
import { withLock } from '../storage/locks';
import { AllowanceRefused, isPausePage, type Sender } from './grant-allowance';

type SessionRules = Parameters<typeof browser.declarativeNetRequest.updateSessionRules>[0]['addRules'];

/** The pause page, as the browser names the sender of a message (with its tab). */
export type PageSender = Sender & { readonly tab?: { readonly id?: number } };

/** A pass is for one page load; one not used by then is taken back. */
const PASS_MS = 30_000;

/** Firefox: the passes the request listener lets by (search-requests.ts), by tab: address and end. */
export const firefoxPasses = new Map<number, { readonly url: string; readonly until: number }>();

// Chrome: the passes given, by rule id, with when they end (a worker started since forgets
// them, and then takes back every pass it finds).
const chromePasses = new Map<number, number>();

/**
 * Lets one page load of this address through in the sender's tab, once: a search the pause
 * page found to be for no one listed (a near miss of the pre-filter), or one the user chose to
 * continue to. Only the extension's own pause page may ask.
 */
export async function passSearch(url: string, sender: PageSender, now = systemClock()): Promise<void> {
  const tabId = sender.tab?.id;
  if (!isPausePage(sender) || tabId === undefined || !/^https?:\/\//i.test(url)) throw new AllowanceRefused('not-pause-page');
  if (import.meta.env.FIREFOX) {
    firefoxPasses.set(tabId, { url, until: now + PASS_MS });
    return;
  }
  const existing = (await browser.declarativeNetRequest.getSessionRules()).filter((rule) => rule.id >= FIRST_SEARCH_PASS_ID);
  const stale = existing.filter((rule) => (chromePasses.get(rule.id) ?? 0) <= now || rule.condition.tabIds?.includes(tabId));
  const id = Math.max(FIRST_SEARCH_PASS_ID, ...existing.map((rule) => rule.id + 1));
  await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: stale.map((rule) => rule.id), addRules: [passRule(id, url, tabId)] as unknown as SessionRules });
  for (const rule of stale) chromePasses.delete(rule.id);
  chromePasses.set(id, now + PASS_MS);
  setTimeout(() => void browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [id] }).then(() => chromePasses.delete(id)), PASS_MS);
}

/**
 * "Continue" after a search: that person's searches are open for the allowance period, in every
 * tab (their rules are taken away until it ends: `resync`), and this search goes through now.
 */
export async function continueSearch(
  { personId, url }: { personId: string; url: string },
  sender: PageSender,
  resync: () => Promise<void>,
  now = systemClock(),
): Promise<{ expiresAt: number }> {
  if (!isPausePage(sender)) throw new AllowanceRefused('not-pause-page');
  const [people, settings] = await Promise.all([peopleItem.getValue(), settingsItem.getValue()]);
  const { strict, allowanceMinutes } = readSettings(settings);
  if (strict) throw new AllowanceRefused('strict');
  if (!watchedPeople(people).some((person) => person.id === personId)) throw new AllowanceRefused('not-listed');
  const key = searchAllowanceKey(personId);
  const allowances = await withLock('allowances', async () => {
    const next = grantAllowance(await allowancesItem.getValue(), key, now, allowanceMinutes);
    await allowancesItem.setValue(next);
    return next;
  });
  await resync();
  await passSearch(url, sender, now);
  return { expiresAt: allowances[key]!.expiresAt };
}
