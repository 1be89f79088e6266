import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { t } from '../../../platform/i18n';
import { reflections } from '../../../content/reflections';
import { NothingToOpen } from '../../../entrypoints/pause/NothingToOpen';
import { PauseScreen } from '../../../entrypoints/pause/PauseScreen';
import { pauseStory } from '../../../lib/pause-story';
import { answerFeltAfter, loadUrges, saveUrge } from '../../../platform/storage/urges';
import { newUrge, type Urge } from '../../../lib/urge';
import { historyOf } from '../../../lib/urge-history';
import { pinClock } from '../clock';

const start = new Date('2026-11-26T21:00:00').getTime();
let clock = start;
const now = () => clock;

beforeEach(() => {
  fakeBrowser.reset();
  pinClock(start, ['setInterval', 'clearInterval']);
  clock = start;
});
afterEach(cleanup);

/** Moves the clock and lets the countdown's timer see it. */
function pass(seconds: number) {
  act(() => {
    clock += seconds * 1000;
    vi.advanceTimersByTime(seconds * 1000);
  });
}

function showPause({ history = [] as Urge[], breath = 10, strict = false } = {}) {
  const urge = newUrge({ id: 'now', at: start, profileKey: 'instagram:someex', source: 'app', shownReflection: reflections[0]!.id });
  const goBack = vi.fn(async () => undefined);
  const continueTo = vi.fn(async () => undefined);
  render(
    <PauseScreen
      urge={urge}
      reflection={reflections[0]!}
      story={pauseStory(historyOf([...history, urge]), start, urge.id)}
      breathSeconds={breath}
      strict={strict}
      allowanceMinutes={5}
      save={saveUrge}
      answerFeltAfter={answerFeltAfter}
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

describe('the pause screen', () => {
  it('while the breath counts: shows the profile, a reflection, the count, and Continue waits', () => {
    showPause();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A moment before you look');
    expect(screen.getByText(/You were about to open/).textContent).toBe('You were about to open Instagram @someex.');
    expect(screen.getByText(t(reflections[0]!.message))).toBeTruthy();
    expect(screen.getByText('1st pause today')).toBeTruthy();
    expect(count()).toBe('10');
    expect(continueButton()).toHaveProperty('disabled', true);
    expect(screen.getByText('Available after the breath and one small choice above.')).toBeTruthy();
    // Focus starts on the kind default.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Go back' }));
    pass(4);
    expect(count()).toBe('6');
  });

  it('is ready only after the breath and one small choice', () => {
    showPause();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lonely' }));
    expect(continueButton()).toHaveProperty('disabled', true);
    pass(10);
    expect(continueButton()).toHaveProperty('disabled', false);
    expect(screen.getByText('It stays open for 5 minutes, then the pause returns.')).toBeTruthy();
  });

  it('keeps counting right when the tab was in the background', () => {
    showPause({ breath: 20 });
    // A hidden tab's timers barely run: the clock moves on without them.
    act(() => {
      clock += 15_000;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(count()).toBe('5');
  });

  it('in strict mode offers no way to continue', () => {
    showPause({ strict: true });
    pass(10);
    expect(screen.queryByRole('button', { name: 'Continue to profile' })).toBeNull();
    expect(screen.getByText('Strict mode is on, so this profile stays closed for now.')).toBeTruthy();
  });

  it('tells a returning user their own story, and how looking felt before', () => {
    const earlier = (hours: number, fields: Partial<Urge>) =>
      newUrge({ id: `e${hours}`, at: start - hours * 3_600_000, profileKey: 'instagram:someex', source: 'load', ...fields });
    showPause({
      history: [
        earlier(2, { outcome: 'turned-back' }),
        earlier(5, { outcome: 'turned-back' }),
        earlier(30, { outcome: 'continued', feltAfter: 'worse' }),
        earlier(80, { outcome: 'continued', feltAfter: 'worse' }),
      ],
    });
    expect(screen.getByText('3rd pause today · you turned back 2 of 4 times this week · 1 day since you last looked')).toBeTruthy();
    expect(screen.getByText('The last 2 times you looked, you felt worse 2 times.')).toBeTruthy();
  });

  it('logs Go back as turned back, with what the user chose and the time spent', async () => {
    const { goBack } = showPause();
    fireEvent.click(screen.getByRole('radio', { name: '7' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saw something of theirs' }));
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
        strength: 7,
        triggers: ['saw-something'],
        hopingToFind: 'whether they are <b>happy</b>',
        secondsOnScreen: 3,
        source: 'app',
        profileKey: 'instagram:someex',
      }),
    ]);
  });

  it('logs Continue as continued, then opens the profile', async () => {
    const { continueTo } = showPause();
    fireEvent.click(screen.getByRole('radio', { name: '3' }));
    pass(10);
    await act(async () => {
      fireEvent.click(continueButton());
      await settle();
    });
    expect(continueTo).toHaveBeenCalledOnce();
    expect(await stored()).toEqual([expect.objectContaining({ outcome: 'continued', strength: 3, triggers: [], secondsOnScreen: 10 })]);
  });

  it('never writes "undecided" over a decision when the page unloads right after it', async () => {
    showPause();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lonely' }));
    await act(async () => {
      // The tab closes in the same moment as "Go back", before the screen could re-render.
      fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
      window.dispatchEvent(new Event('pagehide'));
      await settle();
    });
    expect(await stored()).toEqual([expect.objectContaining({ outcome: 'turned-back', triggers: ['lonely'] })]);
  });

  it('leaves an urge undecided when the tab closes without a choice', async () => {
    showPause();
    pass(4);
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await settle();
    });
    expect(await stored()).toEqual([expect.objectContaining({ outcome: 'undecided', secondsOnScreen: 4 })]);
  });

  it('first asks how the last look felt, once, and keeps the answer with that look', async () => {
    const look = newUrge({ id: 'look', at: start - 3_600_000, profileKey: 'instagram:someex', source: 'load', outcome: 'continued' });
    await saveUrge(look);
    const urge = newUrge({ id: 'now', at: start, profileKey: 'instagram:someex', source: 'app' });
    render(
      <PauseScreen urge={urge} reflection={reflections[0]!} story={pauseStory(historyOf([look, urge]), start, 'now')} breathSeconds={10} strict={false}
        allowanceMinutes={5} save={saveUrge} feltAfter={look} answerFeltAfter={answerFeltAfter} goBack={async () => undefined} continueTo={async () => undefined} now={now} />,
    );
    expect(screen.getByRole('heading', { name: 'How do you feel after looking?' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'About the same' }));
      await settle();
    });
    expect((await stored()).find((logged) => logged.id === 'look')?.feltAfter).toBe('same');
    expect(screen.queryByRole('heading', { name: 'How do you feel after looking?' })).toBeNull();
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
        answerFeltAfter={answerFeltAfter}
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
    fireEvent.click(screen.getByRole('checkbox', { name: 'Lonely' }));
    await settle();
    expect(await stored()).toEqual([expect.objectContaining({ id: 'theirs', triggers: ['lonely'], arrival: 'opened-by-page' })]);
  });
});
