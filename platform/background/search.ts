import { serialised } from '../../lib/serialised';
import { onMessage } from '../messaging';
import { onEngineAccessChange } from '../search-access';
import { allowancesItem, peopleItem, settingsItem } from '../storage/keys';
import { syncSearchGuard } from './search-guard-registration';
import { continueSearch, passSearch } from './search-passes';
import { watchSearchRequests } from './search-requests';
import { syncSearchRules } from './search-rules';

/**
 * Everything the background does to pause searches (PRODUCT.md, "Pause searches for them"):
 * Chrome's request rules and the search guard's registration follow the list, the allowances,
 * the settings and the access the user gave to search engines; Firefox's background decides on
 * each request itself; the pause page asks for passes and for "Continue".
 */
export function startSearchPausing(): void {
  const resyncRules = serialised(syncSearchRules);
  const resyncGuard = serialised(syncSearchGuard);
  const resync = () => Promise.all([resyncRules(), resyncGuard()]).then(() => undefined);
  void resync();
  peopleItem.watch(() => void resync());
  settingsItem.watch(() => void resyncRules());
  allowancesItem.watch(() => void resyncRules());
  onEngineAccessChange(() => void resyncGuard());
  if (import.meta.env.FIREFOX) watchSearchRequests();
  onMessage('passSearch', ({ data: url, sender }) => passSearch(url, sender));
  onMessage('continueSearch', ({ data, sender }) => continueSearch(data, sender, resyncRules));
}
