import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { reflections } from '../../../content/reflections';
import { PauseScreen } from '../../../entrypoints/pause/PauseScreen';
import type { OwnWords } from '../../../lib/own-words';
import { pauseStory } from '../../../lib/pause-story';
import { newUrge, type Urge } from '../../../lib/urge';
import { historyOf } from '../../../lib/urge-history';
import { loadOwnWords, savePlan } from '../../../platform/storage/own-words';
import { loadUrges, saveUrge } from '../../../platform/storage/urges';
import { pauseClock } from './pause-clock';

const start = new Date('2026-11-26T23:00:00').getTime();
const { now, pass } = pauseClock(start);

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const WORDS: OwnWords = {
  plans: [
    { id: 'night', when: { kind: 'hours', from: 22, to: 1 }, then: 'put the phone in the kitchen' },
    { id: 'lonely', when: { kind: 'trigger', trigger: 'lonely' }, then: 'call Maya' },
  ],
  reasons: ['I want my evenings back.'],
};

function showPause(props: Partial<Parameters<typeof PauseScreen>[0]> & { attempt?: number } = {}) {
  const urge = newUrge({ id: 'now', at: start, profileKey: 'instagram:someex', source: 'app', shownReflection: reflections[0]!.id });
  const goBack = vi.fn(async () => undefined);
  const continueTo = vi.fn(async () => undefined);
  const safetyCheck = vi.fn(async () => undefined);
  const { attempt = 1, ...rest } = props;
  render(
    <PauseScreen
      urge={urge}
      reflection={reflections[0]!}
      story={{ ...pauseStory(historyOf([urge]), start, urge.id), attemptToday: attempt }}
      breathSeconds={10}
      strict={false}
      allowanceMinutes={5}
      save={saveUrge}
      goBack={goBack}
      continueTo={continueTo}
      safetyCheck={safetyCheck}
      hour={23}
      now={now}
      {...rest}
    />,
  );
  return { goBack, continueTo, safetyCheck };
}

describe('the pause in the user’s own words', () => {
  it('shows the plan for this hour above the reflection, and "Go back" carries its action', () => {
    showPause({ ownWords: WORDS, attempt: 2 });
    expect(screen.getByText(/Your plan for/).textContent).toBe('Your plan for 10 PM – 1 AM: put the phone in the kitchen');
    expect(screen.getByRole('button', { name: 'Go back and put the phone in the kitchen' })).toBe(document.activeElement);
    // The 2nd pause of the day: our reflection, not a reason.
    expect(screen.getByText(/A moment/).nextElementSibling?.nextElementSibling?.classList.contains('own')).toBe(false);
  });

  it('switches to the plan made for the trigger the user chooses, and logs the plan shown with the choice', async () => {
    const { goBack } = showPause({ ownWords: WORDS });
    pass(10);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lonely' }));
    expect(screen.getByText(/Your plan for/).textContent).toBe('Your plan for “Lonely”: call Maya');
    fireEvent.click(screen.getByRole('button', { name: 'Go back and call Maya' }));
    await settle();
    expect(goBack).toHaveBeenCalledOnce();
    expect((await loadUrges()).value).toEqual([expect.objectContaining({ outcome: 'turned-back', triggers: ['lonely'], plan: { id: 'lonely', then: 'call Maya' } })]);
  });

  it('every other pause shows one of the user’s reasons in place of the reflection, marked as theirs', () => {
    showPause({ ownWords: WORDS, attempt: 1 });
    const quote = document.querySelector('blockquote')!;
    expect(quote.textContent).toBe('In your words I want my evenings back.');
    expect(quote.classList.contains('own')).toBe(true);
  });

  it('asks once, after the breath, whether the last plan helped, and keeps the answer with that pause', async () => {
    const earlier: Urge = { ...newUrge({ id: 'earlier', at: start - 3_600_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' }), plan: { id: 'lonely', then: 'call Maya' } };
    await saveUrge(earlier);
    showPause({ ownWords: WORDS, askPlanHelped: earlier, answerPlanHelped: (urge, helped) => saveUrge({ ...urge, planHelped: helped }) });
    expect(screen.queryByText(/Did it help\?/)).toBeNull();
    pass(10);
    expect(screen.getByText('Last time your plan was: call Maya. Did it help?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'It helped' }));
    await settle();
    expect(screen.getByRole('status').textContent).toMatch(/^Thank you\./);
    expect((await loadUrges()).value.find((urge) => urge.id === 'earlier')).toMatchObject({ planHelped: 'yes' });
  });

  it('with no plan yet, offers after the breath to make one, and keeps it', async () => {
    const planOffered = vi.fn();
    showPause({ offerPlan: true, savePlan, planOffered });
    expect(screen.queryByRole('button', { name: 'Make a plan for next time' })).toBeNull();
    pass(10);
    expect(planOffered).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Make a plan for next time' }));
    // Made from this moment: the hour it is now.
    expect((screen.getByLabelText('From') as HTMLSelectElement).value).toBe('23');
    fireEvent.input(screen.getByLabelText('I will…'), { target: { value: 'go to bed' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save the plan' }).closest('form')!);
    await settle();
    expect(screen.getByText('Saved. The pause will show it when it fits.')).toBeTruthy();
    expect((await loadOwnWords()).plans).toEqual([expect.objectContaining({ when: { kind: 'hours', from: 23, to: 1 }, then: 'go to bed' })]);
    // It fits this very moment: the pause shows it, and "Go back" carries it.
    expect(screen.getByText(/Your plan for .*: go to bed/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Go back and go to bed' })).toBeTruthy();
  });

  it('a plan with nothing to do says what is missing and keeps nothing', async () => {
    showPause({ offerPlan: true, savePlan });
    pass(10);
    fireEvent.click(screen.getByRole('button', { name: 'Make a plan for next time' }));
    fireEvent.submit(screen.getByRole('button', { name: 'Save the plan' }).closest('form')!);
    await settle();
    expect(screen.getByText('Write what you will do.').getAttribute('role')).toBe('alert');
    expect((await loadOwnWords()).plans).toEqual([]);
  });
});

describe('checking for safety', () => {
  it('opens the profile at once, with no breath and no question, logged as a safety check', async () => {
    const { safetyCheck, continueTo } = showPause();
    fireEvent.click(screen.getByRole('button', { name: 'I need to check for my safety' }));
    await settle();
    expect(safetyCheck).toHaveBeenCalledOnce();
    expect(continueTo).not.toHaveBeenCalled();
    expect((await loadUrges()).value).toEqual([expect.objectContaining({ id: 'now', outcome: 'safety' })]);
  });

  it('is there in strict mode too: safety comes first', async () => {
    const { safetyCheck } = showPause({ strict: true });
    expect(screen.queryByRole('button', { name: 'Continue to profile' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'I need to check for my safety' }));
    await settle();
    expect(safetyCheck).toHaveBeenCalledOnce();
  });

  it('says so when the profile could not be opened, and the pause stays usable', async () => {
    showPause({ safetyCheck: async () => Promise.reject(new Error('refused')) });
    fireEvent.click(screen.getByRole('button', { name: 'I need to check for my safety' }));
    await settle();
    expect(screen.getByText('The profile couldn’t be opened just now. Nothing else has changed.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Go back' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
