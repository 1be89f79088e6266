import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Reflection } from '../../content/reflections';
import { Breath } from '../../components/Breath';
import { FeltAfterPrompt } from '../../components/FeltAfterPrompt';
import { t } from '../../platform/i18n';
import { rich } from '../../components/rich';
import { SaveProblem, saveProblem } from '../../components/saving';
import { UrgeChoice } from '../../components/UrgeChoice';
import { feltAfterLine, type PauseStory, storyLine } from '../../lib/pause-story';
import { describeProfile, parseProfileKey } from '../../lib/profile-key';
import type { FeltAfter, Outcome, Urge } from '../../lib/urge';
import type { UrgeFacts } from '../../lib/urge-history';
import { systemClock } from '../../lib/clock';

interface Props {
  /** The urge this pause logs, undecided until the user chooses. */
  readonly urge: Urge;
  /** Whether it is new and still to be saved (not when the page is reloaded). */
  readonly unsaved?: boolean;
  readonly reflection: Reflection;
  readonly story: PauseStory;
  readonly breathSeconds: number;
  readonly strict: boolean;
  readonly allowanceMinutes: number;
  readonly save: (urge: Urge) => Promise<void>;
  /** An earlier look still waiting for "How do you feel after looking?" (asked once). */
  readonly feltAfter?: UrgeFacts | null;
  readonly answerFeltAfter: (id: string, feltAfter: FeltAfter) => Promise<void>;
  readonly goBack: () => Promise<void>;
  readonly continueTo: () => Promise<void>;
  readonly now?: () => number;
}

const HELP_URL = 'https://findahelpline.com/';

/**
 * The pause: a reflection, a breath, one small choice, the user's own story, and two ways out.
 * Every change is saved to this pause's urge at once, so closing the tab loses nothing.
 */
export function PauseScreen({ urge: initial, unsaved = false, reflection, story, breathSeconds, strict, allowanceMinutes, save, feltAfter = null, answerFeltAfter, goBack, continueTo, now = systemClock }: Props) {
  const [urge, setUrge] = useState(initial);
  // A save that fails (a full storage) never stops the pause: it is drawn, and "Go back" works.
  const [problem, setProblem] = useState('');
  const [continueProblem, setContinueProblem] = useState('');
  const [breathDone, setBreathDone] = useState(breathSeconds <= 0);
  const [leaving, setLeaving] = useState(false);
  const openedAt = useRef(now());
  const goBackButton = useRef<HTMLButtonElement>(null);
  const ref = urge.profileKey === null ? null : parseProfileKey(urge.profileKey);

  // Focus lands on "Go back" before the first frame is drawn, and without scrolling the page:
  // Enter turns back, the kindest default, and its description reads the screen's message to a
  // screen reader.
  useLayoutEffect(() => goBackButton.current?.focus({ preventScroll: true }), []);

  // The latest urge and whether the user has decided live in refs, set in the same task as the
  // change: the page can unload (a closed tab, "Go back") before a re-render would hand a
  // listener the new values, and a stale one must never write "undecided" over a decision.
  const latest = useRef(initial);
  const decided = useRef(false);
  const seconds = () => Math.round((now() - openedAt.current) / 1000);
  const record = (next: Urge): Promise<void> => {
    latest.current = next;
    setUrge(next);
    return save(next).then(
      () => setProblem(''),
      (error: unknown) => setProblem(saveProblem(error)),
    );
  };
  // A pause someone else started (urge.arrival) is the user's only once they take it up: a
  // choice, a note, or Continue. Until then nothing is logged, and the day's breath stays as it was.
  const counting = useRef(initial.arrival === undefined);
  useEffect(() => {
    if (unsaved && counting.current) void record(initial);
  }, []);
  const update = (change: Partial<Urge>) => {
    if (decided.current) return;
    counting.current = true;
    void record({ ...latest.current, ...change, secondsOnScreen: seconds() });
  };

  // Closing the tab without choosing leaves the urge undecided; keep its time on screen honest.
  useEffect(() => {
    const onHide = () => {
      if (!decided.current && counting.current) void save({ ...latest.current, secondsOnScreen: seconds() }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);

  const decide = async (outcome: Outcome, then: () => Promise<void>) => {
    if (decided.current) return;
    decided.current = true;
    setLeaving(true);
    setContinueProblem('');
    // Whether or not the choice could be saved, the user goes where they chose.
    if (outcome === 'continued') counting.current = true;
    if (counting.current) await record({ ...latest.current, outcome, secondsOnScreen: seconds() });
    await then().catch(() => {
      decided.current = false;
      setLeaving(false);
      if (outcome === 'continued') setContinueProblem(t('pause.continueFailed'));
    });
  };

  const chosen = urge.strength !== null || urge.triggers.length > 0;
  const ready = breathDone && chosen;
  const felt = feltAfterLine(t, story);
  const available = !breathDone && !chosen ? 'pause.availableAfterBoth' : !breathDone ? 'pause.availableAfterBreath' : 'pause.availableAfterChoice';

  return (
    <main class="pause">
      <FeltAfterPrompt urge={feltAfter} answer={answerFeltAfter} />
      {initial.arrival === undefined ? <p class="story">{storyLine(t, story)}</p> : <p class="story">{t('pause.notYours')}</p>}
      <h1 id="pause-heading">{t('pause.heading')}</h1>
      <p class="stopped" id="pause-stopped">
        {rich('pause.aboutToOpen', { profile: <strong>{ref === null ? t('pause.aProfile') : describeProfile(ref)}</strong> })}
      </p>
      <blockquote class="reflection" id="pause-reflection" data-reflection={reflection.id}>
        {t(reflection.message)}
      </blockquote>
      {felt !== null && <p class="felt">{felt}</p>}
      <Breath seconds={breathSeconds} onDone={() => setBreathDone(true)} now={now} />
      <UrgeChoice strength={urge.strength} triggers={urge.triggers} hopingToFind={urge.hopingToFind} onChange={update} />
      <div class="actions">
        <button
          ref={goBackButton}
          type="button"
          class="primary"
          disabled={leaving}
          aria-describedby="pause-stopped pause-reflection"
          onClick={() => void decide('turned-back', goBack)}
        >
          {t('common.goBack')}
        </button>
        {strict ? (
          <p class="hint">{t('pause.strict')}</p>
        ) : (
          <>
            <button type="button" disabled={!ready || leaving} aria-describedby="continue-hint" onClick={() => void decide('continued', continueTo)}>
              {t('pause.continue')}
            </button>
            <p id="continue-hint" class="hint">
              {ready ? t('pause.staysOpen', allowanceMinutes) : t(available)}
            </p>
          </>
        )}
      </div>
      <SaveProblem problem={continueProblem || problem} />
      <footer class="safety">
        {rich('pause.safety', {
          helpline: (
            <a href={HELP_URL} target="_blank" rel="noreferrer">
              {t('pause.helpline')}
            </a>
          ),
        })}
      </footer>
    </main>
  );
}
