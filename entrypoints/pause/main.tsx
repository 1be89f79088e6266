import { render } from 'preact';
import { retrying } from '../../lib/retrying';
import { locale, localisePage, t } from '../../platform/i18n';
import { sendMessage } from '../../platform/messaging';
import { forgetSearchStop } from '../../platform/pause/search-stop';
import { readPauseValues, startPause } from '../../platform/pause/start-pause';
import { saveUrge } from '../../platform/storage/urges';
import { markPlanOffered, savePlan } from '../../platform/storage/own-words';
import { recordReflectionShown } from '../../platform/storage/rotation';
import { browser } from '#imports';
import { NothingToOpen } from './NothingToOpen';
import { PauseScreen } from './PauseScreen';
import './pause.css';

// Its one storage read first: the browser reads while the page sets itself up.
const values = readPauseValues();
const app = document.getElementById('app')!;
localisePage(t('title.pause'));

const goBack = async () => {
  // Not navigation.canGoBack: it only knows this page's own origin's entries.
  if (history.length > 1) history.back();
  else {
    // Closing a tab takes the background; if it cannot be reached, the page closes itself.
    await retrying(() => sendMessage('closeTab')).catch(() => window.close());
  }
};

const reloaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'reload';
const start = await startPause({ href: location.href, historyState: history.state, reloaded, hasOpener: window.opener !== null, hidden: document.visibilityState === 'hidden', locale, values });
if (start.kind === 'nothing-to-open') render(<NothingToOpen goBack={goBack} />, app);
else if (start.kind === 'go-through') {
  // A search that named no one after all gets by the request rules that stopped it, once.
  // Its words are not kept a moment longer than needed.
  if (start.search) {
    await retrying(() => sendMessage('passSearch', start.target)).catch(() => undefined);
    await forgetSearchStop(start.search.stopId).catch(() => undefined);
  }
  location.replace(start.target);
} else {
  const { request, urge, settings, search } = start;
  // This history entry keeps its urge, so a reload logs no second one, and the rotation notes the
  // reflection shown: both once the first frame is up (they cost the page milliseconds it has no
  // use for before then).
  requestAnimationFrame(() =>
    setTimeout(() => {
      history.replaceState({ urgeId: urge.id }, '');
      if (start.recordReflection) void recordReflectionShown(start.reflection.id);
    }),
  );
  render(
    <PauseScreen
      urge={urge}
      unsaved={start.unsaved}
      reflection={start.reflection}
      story={start.story}
      breathSeconds={start.breathSeconds}
      strict={start.strict}
      allowanceMinutes={settings.allowanceMinutes}
      save={saveUrge}
      goBack={search === undefined ? goBack : () => forgetSearchStop(search.stopId).finally(goBack)}
      continueTo={async () => {
        if (search === undefined) await retrying(() => sendMessage('grantAllowance', request.key));
        else await retrying(() => sendMessage('continueSearch', { personId: search.personId, url: request.target })).then(() => forgetSearchStop(search.stopId));
        location.replace(request.target);
      }}
      about={search && { kind: 'search', personName: search.personName || t('people.unnamed') }}
      // A safety check opens a profile; a search is not one (and is never let through unpaused).
      safetyCheck={
        search === undefined
          ? async () => {
              await retrying(() => sendMessage('safetyCheck', request.key));
              location.replace(request.target);
            }
          : undefined
      }
      // In place of the pause, so that going back from the letter returns to where the user was.
      writeLetter={async () => location.replace(browser.runtime.getURL('/letter.html'))}
      ownWords={start.ownWords}
      hour={start.hour}
      askPlanHelped={start.askPlanHelped}
      answerPlanHelped={(earlier, helped) => saveUrge({ ...earlier, planHelped: helped })}
      offerPlan={start.offerPlan}
      savePlan={savePlan}
      planOffered={() => void markPlanOffered()}
    />,
    app,
  );
}
