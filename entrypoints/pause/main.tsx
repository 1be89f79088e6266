import { render } from 'preact';
import { reflections } from '../../content/reflections';
import { locale, localisePage, t } from '../../platform/i18n';
import '../../components/theme.css';
import { breathSeconds } from '../../lib/breath';
import { pendingFeltAfter } from '../../lib/felt-after';
import { listedKeysFromStored } from '../../lib/listed-keys';
import { sendMessage } from '../../platform/messaging';
import { retrying } from '../../lib/retrying';
import { pauseStory } from '../../lib/pause-story';
import { arrivalOf, readPass, readPauseRequest } from '../../lib/pause-request';
import { resolveWeekStart } from '../../lib/resolve-week-start';
import { pickReflection, readRotation } from '../../lib/reflection-rotation';
import { readSettings } from '../../lib/settings';
import { pausePassItem, peopleItem, rotationItem, settingsItem } from '../../platform/storage/keys';
import { withLock } from '../../platform/storage/locks';
import { answerFeltAfter, loadDigest, loadUrge, rebuildDigest, saveUrge } from '../../platform/storage/urges';
import { newUrge } from '../../lib/urge';
import { NothingToOpen } from './NothingToOpen';
import { PauseScreen } from './PauseScreen';
import './pause.css';
import { systemClock } from '../../lib/clock';

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

const request = readPauseRequest(location.href);
// The urges' digest, not every urge: a year of logging must not slow the pause down.
const [people, storedSettings, digest, storedPass] = await Promise.all([peopleItem.getValue(), settingsItem.getValue(), loadDigest(), pausePassItem.getValue()]);

if (request === null || !listedKeysFromStored(people).has(request.key)) {
  render(<NothingToOpen goBack={goBack} />, app);
} else {
  const settings = readSettings(storedSettings);
  const now = systemClock();

  // One urge per pause. Its id lives in this history entry, so a reload logs no second urge,
  // while a new pause (a new entry) logs its own.
  const entry = history.state as { urgeId?: string } | null;
  const reused = entry?.urgeId === undefined ? null : await loadUrge(entry.urgeId);
  let urge = reused?.outcome === 'undecided' ? reused : null;
  let reflection = reflections.find((candidate) => candidate.id === urge?.shownReflection);
  const unsaved = urge === null || reflection === undefined;
  if (urge === null || reflection === undefined) {
    // Under a lock: several pause tabs opening at once each take the next reflection in turn.
    // A rotation that cannot be saved (a full storage) still shows a reflection.
    const rotation = await withLock('rotation', async () => {
      const next = pickReflection(reflections, readRotation(await rotationItem.getValue()), Math.random);
      await rotationItem.setValue(next.state).catch(() => undefined);
      return next;
    });
    reflection = rotation.reflection;
    // Only the extension's own rules and guard know the pass; a page opened by another page's
    // script has an opener. Either way, not a visit the user started (see PauseScreen).
    const arrival = arrivalOf(request, readPass(storedPass), window.opener !== null);
    urge = newUrge({ id: crypto.randomUUID(), at: now, profileKey: request.key, source: request.via, shownReflection: reflection.id, ...(arrival && { arrival }) });
    history.replaceState({ urgeId: urge.id }, '');
  }

  // Drawn first, saved after: a save that fails must never leave the page blank.
  const logged = digest ?? (await rebuildDigest());
  const story = pauseStory(logged, now, urge.id, resolveWeekStart(settings.weekStartsOn, locale));
  render(
    <PauseScreen
      urge={urge}
      unsaved={unsaved}
      reflection={reflection}
      story={story}
      breathSeconds={breathSeconds(story.attemptToday, settings.breathSteps)}
      strict={settings.strict}
      allowanceMinutes={settings.allowanceMinutes}
      save={saveUrge}
      feltAfter={pendingFeltAfter(logged.recent, now)}
      answerFeltAfter={answerFeltAfter}
      goBack={goBack}
      continueTo={async () => {
        await retrying(() => sendMessage('grantAllowance', request.key));
        location.replace(request.target);
      }}
    />,
    app,
  );
}
