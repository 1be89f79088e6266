import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Reflection } from '../../content/reflections';
import { Breath } from '../../components/Breath';
import { OneQuestion, type Question } from '../../components/OneQuestion';
import { rich } from '../../components/rich';
import { SaveProblem, saveProblem } from '../../components/saving';
import { systemClock } from '../../lib/clock';
import { feltAfterLine, type PauseStory, storyLine } from '../../lib/pause-story';
import { goBackAction, NO_OWN_WORDS, type OwnWords, type Plan, planFor, reasonForTurn } from '../../lib/own-words';
import { describeProfile, parseProfileKey } from '../../lib/profile-key';
import type { Outcome, PlanHelped, Urge } from '../../lib/urge';
import { PlanHelpedQuestion, PlanLine, PlanOffer } from '../../components/PausePlan';
import { t } from '../../platform/i18n';

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
  readonly goBack: () => Promise<void>;
  readonly continueTo: () => Promise<void>;
  /** Opens the profile to check for the user's safety: no breath, no question, strict or not. */
  readonly safetyCheck?: () => Promise<void>;
  /** Leaves the pause for a letter never sent (writing instead of looking is turning back). */
  readonly writeLetter?: () => Promise<void>;
  /** The user's plans and reasons, and the hour (for the plan that fits it). */
  readonly ownWords?: OwnWords;
  readonly hour?: number;
  /** The last pause's plan, to ask once whether it helped, and where the answer goes. */
  readonly askPlanHelped?: Urge | null;
  readonly answerPlanHelped?: (urge: Urge, helped: PlanHelped) => Promise<void>;
  /** No plan yet and none offered today: offer to write one (`planOffered` notes the day). */
  readonly offerPlan?: boolean;
  readonly savePlan?: (plan: Plan) => Promise<void>;
  readonly planOffered?: () => void;
  readonly now?: () => number;
  /** What was about to happen, when it was not opening a profile: a search for someone listed. */
  readonly about?: { readonly kind: 'search'; readonly personName: string };
}

const HELP_URL = 'https://findahelpline.com/';

/**
 * Which question follows the breath: one, never both, and not always the same one, so the pause
 * does not turn into a form filled in by habit. The first pause of a day asks what set it off.
 */
export const questionFor = (attemptToday: number): Question => (attemptToday % 2 === 1 ? 'trigger' : 'strength');

/**
 * The pause, one thing at a time: a reflection and a breath, with "Go back" ready from the first
 * moment; after the breath, one small question, and only then "Continue". Strict mode keeps the
 * reflection and "Go back", offers the breath without imposing it, and asks nothing.
 *
 * Every change is saved to this pause's urge at once. Leaving without looking (Go back, closing
 * the tab, going elsewhere) is turning back, and is logged as such.
 */
export function PauseScreen({
  urge: initial,
  unsaved = false,
  reflection,
  story,
  breathSeconds,
  strict,
  allowanceMinutes,
  save,
  goBack,
  continueTo,
  safetyCheck,
  writeLetter,
  ownWords = NO_OWN_WORDS,
  hour = 12,
  askPlanHelped = null,
  answerPlanHelped,
  offerPlan = false,
  savePlan,
  planOffered,
  now = systemClock,
  about,
}: Props) {
  const [urge, setUrge] = useState(initial);
  // A plan written here, from the offer, fits this very moment too: "Go back" carries it at once.
  const [plans, setPlans] = useState(ownWords.plans);
  const saveNewPlan = savePlan && (async (plan: Plan) => {
    await savePlan(plan);
    setPlans((earlier) => [...earlier, plan]);
  });
  const [breathing, setBreathing] = useState(!strict && breathSeconds > 0);
  const [breathDone, setBreathDone] = useState(!strict && breathSeconds <= 0);
  // A breath that ran stays on screen, small, once done: its end is announced from there.
  const [breathShown, setBreathShown] = useState(breathing);
  const [leaving, setLeaving] = useState(false);
  // A save that fails (a full storage) never stops the pause: it is drawn, and "Go back" works.
  const [problem, setProblem] = useState('');
  const [continueProblem, setContinueProblem] = useState('');
  const openedAt = useRef(now());
  const goBackButton = useRef<HTMLButtonElement>(null);
  const ref = urge.profileKey === null ? null : parseProfileKey(urge.profileKey);

  // Focus lands on "Go back" before the first frame is drawn, and without scrolling the page:
  // Enter turns back, the kindest default, and its description reads the screen's message to a
  // screen reader.
  useLayoutEffect(() => goBackButton.current?.focus({ preventScroll: true }), []);

  // The latest urge and whether the user has decided live in refs, set in the same task as the
  // change: the page can unload (a closed tab, "Go back") before a re-render would hand a
  // listener the new values, and a stale one must never write over a decision.
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

  // Leaving without a choice (closing the tab, going elsewhere) is turning back. Restored from the
  // back/forward cache, the pause is open again.
  useEffect(() => {
    const onHide = () => {
      if (decided.current || !counting.current) return;
      const left: Urge = { ...latest.current, outcome: 'turned-back', left: true, secondsOnScreen: seconds() };
      latest.current = left;
      void save(left).catch(() => undefined);
    };
    const onShow = (event: PageTransitionEvent) => {
      if (!event.persisted || decided.current || !counting.current) return;
      const { left: _, ...open } = latest.current;
      void record({ ...open, outcome: 'undecided' });
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('pageshow', onShow);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
    };
  }, []);

  const decide = async (outcome: Outcome, then: () => Promise<void>) => {
    if (decided.current) return;
    decided.current = true;
    setLeaving(true);
    setContinueProblem('');
    // Whether or not the choice could be saved, the user goes where they chose.
    if (outcome === 'continued' || outcome === 'safety') counting.current = true;
    const { left: _, ...chosen } = latest.current;
    // The plan shown as the user chose, so the next pause can ask whether it helped.
    const shownPlan = outcome === 'safety' ? undefined : planFor(plans, { triggers: chosen.triggers, hour });
    if (counting.current) await record({ ...chosen, outcome, secondsOnScreen: seconds(), ...(shownPlan && { plan: { id: shownPlan.id, then: shownPlan.then } }) });
    await then().catch(() => {
      decided.current = false;
      setLeaving(false);
      if (outcome === 'continued') setContinueProblem(t('pause.continueFailed'));
      if (outcome === 'safety') setContinueProblem(t('safety.failed'));
    });
  };

  const question = questionFor(story.attemptToday);
  const answered = question === 'strength' ? urge.strength !== null : urge.triggers.length > 0;
  const afterBreath = breathDone && !strict;
  const felt = feltAfterLine(t, story);
  // The user's own words: the plan that fits this moment (the trigger chosen, or the hour), and
  // every other pause one of their reasons in place of our reflection.
  const plan = planFor(plans, { triggers: urge.triggers, hour });
  const action = goBackAction(plan);
  const reason = reasonForTurn(ownWords.reasons, story.attemptToday - 1);
  const offering = offerPlan && saveNewPlan !== undefined && afterBreath;
  const offered = useRef(false);
  useEffect(() => {
    if (!offering || offered.current) return;
    offered.current = true;
    planOffered?.();
  }, [offering]);

  return (
    <main class="pause">
      <p class="context" id="pause-stopped">
        {about?.kind === 'search'
          ? rich('search.aboutToSearch', { name: <strong>{about.personName}</strong> })
          : rich('pause.aboutToOpen', { profile: <strong>{ref === null ? t('pause.aProfile') : describeProfile(ref)}</strong> })}
      </p>
      <h1 id="pause-heading">{t('pause.heading')}</h1>
      {plan !== null && <PlanLine plan={plan} />}
      {reason !== null ? (
        <blockquote class="reflection own" id="pause-reflection">
          <span class="own-label">{t('plan.ownLabel')}</span> {reason}
        </blockquote>
      ) : (
        <blockquote class="reflection" id="pause-reflection" data-reflection={reflection.id}>
          {t(reflection.message)}
        </blockquote>
      )}

      {breathShown && <Breath seconds={strict ? 60 : breathSeconds} onDone={() => (setBreathing(false), setBreathDone(true))} now={now} />}
      {strict && !breathing && !breathDone && (
        <p class="offer">
          <button type="button" class="quiet" onClick={() => (setBreathing(true), setBreathShown(true))}>
            {t('pause.offerBreath')}
          </button>
        </p>
      )}
      {afterBreath && askPlanHelped !== null && answerPlanHelped !== undefined && <PlanHelpedQuestion urge={askPlanHelped} answer={(helped) => answerPlanHelped(askPlanHelped, helped)} />}
      {afterBreath && (
        <OneQuestion
          question={question}
          strength={urge.strength}
          triggers={urge.triggers}
          hopingToFind={urge.hopingToFind}
          onChange={update}
        />
      )}

      <div class="actions">
        {/* elementtiming: `npm run bench` times the first frame that shows it (bench/browser.ts). */}
        <button
          ref={goBackButton}
          type="button"
          class="primary go-back"
          elementtiming="go-back"
          disabled={leaving}
          aria-describedby="pause-stopped pause-reflection"
          onClick={() => void decide('turned-back', goBack)}
        >
          {action === null ? t('common.goBack') : t('plan.goBackAnd', { action })}
        </button>
        {strict ? (
          <p class="hint">{t('pause.strict')}</p>
        ) : afterBreath ? (
          <>
            <button type="button" class="quiet-action" disabled={!answered || leaving} aria-describedby="continue-hint" onClick={() => void decide('continued', continueTo)}>
              {t(about?.kind === 'search' ? 'search.continue' : 'pause.continue')}
            </button>
            <p id="continue-hint" class="hint">
              {answered ? t(about?.kind === 'search' ? 'search.staysOpen' : 'pause.staysOpen', allowanceMinutes) : t('pause.availableAfterChoice')}
            </p>
          </>
        ) : (
          <p class="hint">{t('pause.availableAfterBreath')}</p>
        )}
      </div>
      <SaveProblem problem={continueProblem || problem} />
      {offering && saveNewPlan && <PlanOffer save={saveNewPlan} initial={urge.triggers[0] === undefined ? { kind: 'hours', from: hour, to: (hour + 2) % 24 } : { kind: 'trigger', trigger: urge.triggers[0] }} />}
      {(writeLetter !== undefined || safetyCheck !== undefined) && (
        <p class="other-ways">
          {writeLetter !== undefined && (
            <button type="button" class="link" disabled={leaving} onClick={() => void decide('turned-back', writeLetter)}>
              {t('letter.write')}
            </button>
          )}
          {safetyCheck !== undefined && (
            <button type="button" class="link" disabled={leaving} onClick={() => void decide('safety', safetyCheck)}>
              {t('safety.link')}
            </button>
          )}
        </p>
      )}

      <p class="story">{initial.arrival === undefined ? storyLine(t, story) : t('pause.notYours')}</p>
      {(afterBreath || strict) && felt !== null && <p class="felt">{felt}</p>}
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
