import { render } from 'preact';
import '../../components/theme.css';
import { retrying } from '../../lib/retrying';
import { locale, localisePage, t } from '../../platform/i18n';
import { sendMessage } from '../../platform/messaging';
import { startPause } from '../../platform/pause/start-pause';
import { saveUrge } from '../../platform/storage/urges';
import { markPlanOffered, savePlan } from '../../platform/storage/own-words';
import { browser } from '#imports';
import { NothingToOpen } from './NothingToOpen';
import { PauseScreen } from './PauseScreen';
import './pause.css';

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
const start = await startPause({ href: location.href, historyState: history.state, reloaded, hasOpener: window.opener !== null, locale });
if (start.kind === 'nothing-to-open') render(<NothingToOpen goBack={goBack} />, app);
else if (start.kind === 'go-through') location.replace(start.target);
else {
  const { request, urge, settings } = start;
  // This history entry keeps its urge, so a reload logs no second one: marked once the first
  // frame is up (marking costs the page a few milliseconds it has no use for before then).
  requestAnimationFrame(() => setTimeout(() => history.replaceState({ urgeId: urge.id }, '')));
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
      goBack={goBack}
      continueTo={async () => {
        await retrying(() => sendMessage('grantAllowance', request.key));
        location.replace(request.target);
      }}
      safetyCheck={async () => {
        await retrying(() => sendMessage('safetyCheck', request.key));
        location.replace(request.target);
      }}
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
