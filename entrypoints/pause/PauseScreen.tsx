import { useEffect, useRef, useState } from 'preact/hooks';
import type { Reflection } from '../../content/reflections';
import { Breath } from '../../components/Breath';
import { FeltAfterPrompt } from '../../components/FeltAfterPrompt';
import { UrgeChoice } from '../../components/UrgeChoice';
import { feltAfterLine, type PauseStory, storyLine } from '../../lib/pause-story';
import { describeProfile, parseProfileKey } from '../../lib/profile-key';
import type { Outcome, Urge } from '../../lib/urge';

interface Props {
  /** The urge this pause logs, already saved as undecided. */
  readonly urge: Urge;
  readonly reflection: Reflection;
  readonly story: PauseStory;
  readonly breathSeconds: number;
  readonly strict: boolean;
  readonly allowanceMinutes: number;
  readonly save: (urge: Urge) => Promise<void>;
  /** An earlier look still waiting for "How do you feel after looking?" (asked once). */
  readonly feltAfter?: Urge | null;
  readonly goBack: () => Promise<void>;
  readonly continueTo: () => Promise<void>;
  readonly now?: () => number;
}

const HELP_URL = 'https://findahelpline.com/';

/**
 * The pause: a reflection, a breath, one small choice, the user's own story, and two ways out.
 * Every change is saved to this pause's urge at once, so closing the tab loses nothing.
 */
export function PauseScreen({ urge: initial, reflection, story, breathSeconds, strict, allowanceMinutes, save, feltAfter = null, goBack, continueTo, now = Date.now }: Props) {
  const [urge, setUrge] = useState(initial);
  const [breathDone, setBreathDone] = useState(breathSeconds <= 0);
  const [leaving, setLeaving] = useState(false);
  const openedAt = useRef(now());
  const goBackButton = useRef<HTMLButtonElement>(null);
  const ref = urge.profileKey === null ? null : parseProfileKey(urge.profileKey);

  // Focus lands on "Go back": Enter turns back, the kindest default, and its description reads
  // the screen's message to a screen reader.
  useEffect(() => goBackButton.current?.focus(), []);

  const seconds = () => Math.round((now() - openedAt.current) / 1000);
  const update = (change: Partial<Urge>) => {
    const next = { ...urge, ...change, secondsOnScreen: seconds() };
    setUrge(next);
    void save(next);
  };

  // Closing the tab without choosing leaves the urge undecided; keep its time on screen honest.
  useEffect(() => {
    const onHide = () => {
      if (!leaving) void save({ ...urge, secondsOnScreen: seconds() });
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [urge, leaving]);

  const decide = async (outcome: Outcome, then: () => Promise<void>) => {
    setLeaving(true);
    const decided = { ...urge, outcome, secondsOnScreen: seconds() };
    setUrge(decided);
    await save(decided);
    await then().catch(() => setLeaving(false));
  };

  const chosen = urge.strength !== null || urge.triggers.length > 0;
  const ready = breathDone && chosen;
  const felt = feltAfterLine(story);
  const waitingFor = !breathDone && !chosen ? 'after the breath and one small choice above' : !breathDone ? 'after the breath' : 'after one small choice above';

  return (
    <main class="pause">
      <FeltAfterPrompt urge={feltAfter} save={save} />
      <p class="story">{storyLine(story)}</p>
      <h1 id="pause-heading">A moment before you look</h1>
      <p class="stopped" id="pause-stopped">
        You were about to open <strong>{ref === null ? 'a profile' : describeProfile(ref)}</strong>.
      </p>
      <blockquote class="reflection" id="pause-reflection" data-reflection={reflection.id}>
        {reflection.text}
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
          Go back
        </button>
        {strict ? (
          <p class="hint">Strict mode is on, so this profile stays closed for now.</p>
        ) : (
          <>
            <button type="button" disabled={!ready || leaving} aria-describedby="continue-hint" onClick={() => void decide('continued', continueTo)}>
              Continue to profile
            </button>
            <p id="continue-hint" class="hint">
              {ready ? `It stays open for ${allowanceMinutes} ${allowanceMinutes === 1 ? 'minute' : 'minutes'}, then the pause returns.` : `Available ${waitingFor}.`}
            </p>
          </>
        )}
      </div>
      <footer class="safety">
        If the relationship was abusive or you feel unsafe, you deserve support:{' '}
        <a href={HELP_URL} target="_blank" rel="noreferrer">
          find a helpline near you
        </a>
        .
      </footer>
    </main>
  );
}
