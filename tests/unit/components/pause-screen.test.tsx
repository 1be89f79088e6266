import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { t } from '../../../platform/i18n';
import { reflections } from '../../../content/reflections';
import { NothingToOpen } from '../../../entrypoints/pause/NothingToOpen';
import { PauseScreen } from '../../../entrypoints/pause/PauseScreen';
import { pauseStory } from '../../../lib/pause-story';
import { loadUrges, saveUrge } from '../../../platform/storage/urges';
import { newUrge, type Urge } from '../../../lib/urge';
import { historyOf } from '../../../lib/urge-history';
import { pauseClock } from './pause-clock';

const start = new Date('2026-11-26T21:00:00').getTime();
const { now, pass, jump } = pauseClock(start);

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function showPause({ history = [] as Urge[], breath = 10, strict = false, attempt = 1 } = {}) {
  const urge = newUrge({ id: 'now', at: start, profileKey: 'instagram:someex', source: 'app', shownReflection: reflections[0]!.id });
  const goBack = vi.fn(async () => undefined);
  const continueTo = vi.fn(async () => undefined);
  render(
    <PauseScreen
      urge={urge}
      reflection={reflections[0]!}
      story={{ ...pauseStory(historyOf([...history, urge]), start, urge.id), ...(attempt > 1 && { attemptToday: attempt }) }}
      breathSeconds={breath}
      strict={strict}
      allowanceMinutes={5}
      save={saveUrge}
      goBack={goBack}
      continueTo={continueTo}
      now={now}
    />,
  );
  return { goBack, continueTo };
}

const continueButton = () => screen.getByRole('button', { name: 'Continue to profile' });
// Storage saves resolve over a few real tasks (only intervals are faked).
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const count = () => document.querySelector('.breath-count')?.textContent;
const stored = async () => (await loadUrges()).value;

describe('the pause screen, one thing at a time', () => {
  it('opens with the reflection and the breath, "Go back" ready and focused, and no question yet', () => {
    showPause();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A moment before you look');
    expect(screen.getByText(/You were about to open/).textContent).toBe('You were about to open Instagram @someex.');
    expect(screen.getByText(t(reflections[0]!.message))).toBeTruthy();
    expect(count()).toBe('10');
    // Focus starts on the kind default.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Go back' }));
    // Nothing to answer, nothing to continue to, while the breath counts.
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Continue to profile' })).toBeNull();
    expect(screen.getByText('After the breath, you can choose.')).toBeTruthy();
    pass(4);
    expect(count()).toBe('6');
  });

  it('after the breath asks one question, never both, and only then lets the user continue', () => {
    showPause();
    pass(10);
    // The breath steps aside, done, and says so to screen readers.
    expect(count()).toBe('✓');
    expect(screen.getByText('The breath is over. You can choose now.')).toBeTruthy();
    // The first pause of a day asks what set it off; no strength scale beside it.
    expect(screen.getByRole('group', { name: 'What set it off?' })).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(continueButton()).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lonely' }));
    expect(continueButton()).toHaveProperty('disabled', false);
    expect(screen.getByText('It stays open for 5 minutes, then the pause returns.')).toBeTruthy();
  });

  it('asks how strong the urge is on the next pause of the day, instead of what set it off', () => {
    showPause({ attempt: 2 });
    pass(10);
    expect(screen.getByRole('group', { name: 'How strong is the urge right now?' })).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('keeps "What are you hoping to find?" behind a small link', () => {
    showPause();
    pass(10);
    expect(screen.queryByLabelText('What are you hoping to find? (optional)')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'What are you hoping to find?' }));
    // Opened, the field has the focus: the keyboard is where the writing is.
    expect(document.activeElement).toBe(screen.getByLabelText('What are you hoping to find? (optional)'));
  });

  it('keeps counting right when the tab was in the background', () => {
    showPause({ breath: 20 });
    // A hidden tab's timers barely run: the clock moves on without them.
    act(() => {
      jump(15_000);
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(count()).toBe('5');
  });

  it('in strict mode shows the reflection and "Go back", offers the breath without imposing it, and asks nothing', () => {
    showPause({ strict: true });
    expect(screen.getByText(t(reflections[0]!.message))).toBeTruthy();
    expect(count()).toBeUndefined();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Continue to profile' })).toBeNull();
    expect(screen.getByText('Strict mode is on, so this profile stays closed for now.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Breathe with the circle for a minute' }));
    expect(count()).toBe('60');
  });

  it('tells a returning user only what encourages, never a ratio, and how looking felt before', () => {
    const earlier = (hours: number, fields: Partial<Urge>) =>
      newUrge({ id: `e${hours}`, at: start - hours * 3_600_000, profileKey: 'instagram:someex', source: 'load', ...fields });
    showPause({
      history: [
        earlier(2, { outcome: 'turned-back' }),
        earlier(5, { outcome: 'undecided' }),
        earlier(30, { outcome: 'continued', feltAfter: 'worse' }),
        earlier(80, { outcome: 'continued', feltAfter: 'worse' }),
      ],
    });
    expect(screen.getByText('The 3rd pause today: 3 times you stopped to think. You turned back 2 times this week. 1 day since you last looked.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\d+ of \d+/);
    pass(10);
    expect(screen.getByText('The last 2 times you looked, you felt worse 2 times.')).toBeTruthy();
  });

  it('says nothing about a look earlier today', () => {
    showPause({ history: [newUrge({ id: 'slip', at: start - 3_600_000, profileKey: 'instagram:someex', source: 'load', outcome: 'continued' })] });
    expect(screen.getByText('The 2nd pause today: 2 times you stopped to think.')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/looked today|0 days/);
  });

  it('logs Go back as turned back, with what the user chose and the time spent', async () => {
    const { goBack } = showPause();
    pass(10);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saw something of theirs' }));
    fireEvent.click(screen.getByRole('button', { name: 'What are you hoping to find?' }));
    fireEvent.input(screen.getByLabelText('What are you hoping to find? (optional)'), { target: { value: 'whether they are <b>happy</b>' } });
    pass(3);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
      await settle();
    });
    expect(goBack).toHaveBeenCalledOnce();
    expect(await stored()).toEqual([
      expect.objectContaining({
        id: 'now',
        outcome: 'turned-back',
        triggers: ['saw-something'],
        hopingToFind: 'whether they are <b>happy</b>',
        secondsOnScreen: 13,
        source: 'app',
        profileKey: 'instagram:someex',
      }),
    ]);
    expect((await stored())[0]?.left).toBeUndefined();
  });

  it('logs Continue as continued, then opens the profile', async () => {
    const { continueTo } = showPause({ attempt: 2 });
    pass(10);
    fireEvent.click(screen.getByRole('radio', { name: '3' }));
    await act(async () => {
      fireEvent.click(continueButton());
      await settle();
    });
    expect(continueTo).toHaveBeenCalledOnce();
    expect(await stored()).toEqual([expect.objectContaining({ outcome: 'continued', strength: 3, triggers: [], secondsOnScreen: 10 })]);
  });

  it('never writes over a decision when the page unloads right after it', async () => {
    showPause();
    pass(10);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lonely' }));
    await act(async () => {
      // The tab closes in the same moment as "Go back", before the screen could re-render.
      fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
      window.dispatchEvent(new Event('pagehide'));
      await settle();
    });
    expect(await stored()).toEqual([expect.objectContaining({ outcome: 'turned-back', triggers: ['lonely'] })]);
    expect((await stored())[0]?.left).toBeUndefined();
  });

  it('counts closing the tab without a choice as turning back, and says how', async () => {
    showPause();
    pass(4);
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await settle();
    });
    expect(await stored()).toEqual([expect.objectContaining({ outcome: 'turned-back', left: true, secondsOnScreen: 4 })]);
  });

  it('offers a quiet way to find help, without fetching anything', () => {
    showPause();
    const link = screen.getByRole('link', { name: 'find a helpline near you' });
    expect(link.getAttribute('href')).toBe('https://findahelpline.com/');
    expect(link.closest('footer')?.textContent).toMatch(/abusive or you feel unsafe/);
  });
});

describe('an address that names no listed profile', () => {
  it('offers nothing to open, only a way back', () => {
    render(<NothingToOpen goBack={async () => undefined} />);
    expect(screen.getByRole('heading', { name: 'Nothing to open here' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Continue to profile' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Go back' })).toBeTruthy();
  });
});

describe('a pause the user did not start (another page opened it)', () => {
  const opened = () => {
    const urge = newUrge({ id: 'theirs', at: start, profileKey: 'instagram:someex', source: 'load', shownReflection: reflections[0]!.id, arrival: 'opened-by-page' });
    const goBack = vi.fn(async () => undefined);
    render(
      <PauseScreen
        urge={urge}
        unsaved
        reflection={reflections[0]!}
        story={pauseStory(historyOf([]), start, urge.id)}
        breathSeconds={10}
        strict={false}
        allowanceMinutes={5}
        save={saveUrge}
        goBack={goBack}
        continueTo={async () => undefined}
        now={now}
      />,
    );
    return { goBack };
  };

  it('shows the pause, says so, and logs nothing when the user just goes back or leaves', async () => {
    const { goBack } = opened();
    expect(screen.getByText('Another page opened this pause, not you. It isn’t counted as one of your urges unless you use it.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    await settle();
    expect(goBack).toHaveBeenCalled();
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(await stored()).toEqual([]);
  });

  it('is logged, saying how it arrived, once the user takes it up', async () => {
    opened();
    pass(10);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lonely' }));
    await settle();
    expect(await stored()).toEqual([expect.objectContaining({ id: 'theirs', triggers: ['lonely'], arrival: 'opened-by-page' })]);
  });
});
