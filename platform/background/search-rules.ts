import { browser } from '#imports';
import { systemClock } from '../../lib/clock';
import { readStopState } from '../../lib/must-stop';
import { mustPauseSearch } from '../../lib/search-pause';
import { buildSearchRules, FIRST_SEARCH_RULE_ID, packSearchRules, type SearchStatus } from '../../lib/search-rules';
import { watchedPeople } from '../../lib/search-terms';
import { allowancesItem, peopleItem, searchStatusItem, settingsItem } from '../storage/keys';
import { ensurePausePass } from '../storage/pause-pass';
import { isSupported, pausePageUrl } from './request-rules';

type DynamicRules = Parameters<typeof browser.declarativeNetRequest.updateDynamicRules>[0]['addRules'];

/**
 * Chrome: replaces the searches' request rules with ones built from the people whose searches
 * are paused now (not under an allowance, protection not paused), in one call; the profiles'
 * rules are left as they are. Firefox needs none: its background decides on each request
 * (search-requests.ts). What did not fit is kept in `searchStatus` for the settings page.
 */
export async function syncSearchRules(now = systemClock()): Promise<void> {
  const existing = (await browser.declarativeNetRequest.getDynamicRules()).filter((rule) => rule.id >= FIRST_SEARCH_RULE_ID);
  const [people, allowances, settings] = await Promise.all([peopleItem.getValue(), allowancesItem.getValue(), settingsItem.getValue()]);
  const state = readStopState({ people, allowances, settings });
  const terms = import.meta.env.FIREFOX ? [] : watchedPeople(people).filter((person) => mustPauseSearch(person.id, state, now)).flatMap((person) => person.terms);
  const plan = await packSearchRules(terms, isSupported);
  const goPageUrl = new URL('go.html', pausePageUrl()).href;
  const rules = buildSearchRules(plan.rules, { goPageUrl, pass: await ensurePausePass() });
  let status: SearchStatus = { uncovered: plan.uncovered, failed: false };
  try {
    await browser.declarativeNetRequest.updateDynamicRules({ removeRuleIds: existing.map((rule) => rule.id), addRules: rules as unknown as DynamicRules });
  } catch (error) {
    // The old rules stay; the search guard still pauses these searches as their page starts to load.
    status = { ...status, failed: true };
    console.error('Letting Go: the browser refused the search rules', error);
  }
  await searchStatusItem.setValue(status);
}
