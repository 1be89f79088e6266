import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { watchPending } from '../../../platform/signals/pending';
import { watchSettings } from '../../../platform/signals/settings';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PauseSettings } from '../../../components/PauseSettings';
import { readPending } from '../../../lib/commitment';
import { readSettings } from '../../../lib/settings';
import { pendingChangesItem, settingsItem } from '../../../platform/storage/keys';
import { pinClock } from '../clock';

// Tuesday 1 December 2026, 7:07 PM in the tests' zone: a day's cooling-off ends on Wednesday.
const asked = new Date('2026-12-01T19:07').getTime();

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = async () => readSettings(await settingsItem.getValue());
const waiting = async () => readPending(await pendingChangesItem.getValue());

/** The settings as a page shows them: the stored settings and the waiting changes, kept in step. */
function renderSettings({ instant = false } = {}) {
  const settings = watchSettings().state;
  const pending = watchPending().state;
  function Harness() {
    return <PauseSettings settings={settings} pending={pending.value} instant={instant} />;
  }
  render(<Harness />);
  return userEvent.setup();
}

/** The words an element's `aria-describedby` points to, as a screen reader reads them after its name. */
const description = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('pause settings: what tightens applies at once', () => {
  it('starts from the defaults and saves each change', async () => {
    const user = renderSettings();
    const strict = await screen.findByRole('checkbox', { name: 'Strict mode' });
    expect(strict).toHaveProperty('checked', false);
    expect(screen.getByLabelText('After “Continue”, the profile stays open for')).toHaveProperty('value', '5');
    expect(screen.getByLabelText('The breath lasts')).toHaveProperty('value', '10,20,40,60');

    await user.click(strict);
    await user.selectOptions(screen.getByLabelText('After “Continue”, the profile stays open for'), '2');
    await user.selectOptions(screen.getByLabelText('The breath lasts'), '20,40,60,90');
    await waitFor(async () => expect(await stored()).toMatchObject({ strict: true, allowanceMinutes: 2, breathSteps: [20, 40, 60, 90] }));
    expect(await waiting()).toEqual([]);
    expect(document.querySelector('.pending-note')).toBeNull();
  });

  it('shows a stored value that is not one of the choices rather than hiding it', async () => {
    await settingsItem.setValue({ allowanceMinutes: 7, breathSteps: [3], strict: false });
    renderSettings();
    await waitFor(() => expect(screen.getByLabelText('After “Continue”, the profile stays open for')).toHaveProperty('value', '7'));
    expect(screen.getByLabelText('The breath lasts')).toHaveProperty('value', '3');
  });

  it('falls back to defaults for a damaged stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: { allowanceMinutes: -4, breathSteps: 'long', strict: 'yes' } });
    renderSettings();
    expect(await screen.findByRole('checkbox', { name: 'Strict mode' })).toHaveProperty('checked', false);
    expect(screen.getByLabelText('After “Continue”, the profile stays open for')).toHaveProperty('value', '5');
  });
});

describe('pause settings: what loosens waits, told beside its own control', () => {
  beforeEach(() => pinClock(asked));

  it('turning strict mode off: the box stays ticked, with when it turns off and a way to keep it on', async () => {
    await settingsItem.setValue({ strict: true });
    const user = renderSettings();
    const strict = await screen.findByRole('checkbox', { name: 'Strict mode' });
    await user.click(strict);

    // What is in force: strict mode is still on, and says when that changes, right beside it.
    expect(strict).toHaveProperty('checked', true);
    const note = await screen.findByText('Turns off on Wed, Dec 2, 7:07 PM');
    expect(note.closest('.field')).toBe(strict.closest('.field'));
    expect(description(strict)).toBe('The pause screen offers only “Go back”: listed profiles stay closed. Turns off on Wed, Dec 2, 7:07 PM');
    expect(screen.getByRole('status').textContent).toBe(
      'That loosens your protection, so it waits. Strict mode turns off on Wednesday, December 2 at 7:07 PM. Until then nothing changes, and you can keep things as they are.',
    );
    expect(await stored()).toMatchObject({ strict: true });
    const [change] = await waiting();
    expect(change).toMatchObject({ kind: 'settings', patch: { strict: false } });
    expect(change!.effectiveAt - change!.requestedAt).toBe(24 * 3_600_000);

    // Asking again keeps the first time: the wait does not start over.
    await user.click(strict);
    expect(strict).toHaveProperty('checked', true);
    // (The request goes through the lock and storage: let it finish.)
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await waiting()).toEqual([change]);
  });

  it('the note comes from the waiting change, so it is there after a reload', async () => {
    await settingsItem.setValue({ strict: true });
    let user = renderSettings();
    await user.click(await screen.findByRole('checkbox', { name: 'Strict mode' }));
    await screen.findByText('Turns off on Wed, Dec 2, 7:07 PM');
    cleanup();

    user = renderSettings();
    expect(await screen.findByText('Turns off on Wed, Dec 2, 7:07 PM')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Strict mode' })).toHaveProperty('checked', true);

    // “Keep strict mode on” cancels it right there; the focus goes back to the box.
    await user.click(screen.getByRole('button', { name: 'Keep strict mode on' }));
    await waitFor(() => expect(screen.queryByText('Turns off on Wed, Dec 2, 7:07 PM')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Strict mode' }));
    expect(screen.getByRole('status').textContent).toBe('Kept as it is. Nothing changes.');
    expect(await waiting()).toEqual([]);
    expect(await stored()).toMatchObject({ strict: true });
  });

  it('a longer allowance: the choice shows what is in force, the note what comes and when', async () => {
    const user = renderSettings();
    const allowance = await screen.findByLabelText('After “Continue”, the profile stays open for');
    await user.selectOptions(allowance, '15');
    expect(allowance).toHaveProperty('value', '5');
    const note = await screen.findByText('Changes to 15 minutes on Wed, Dec 2, 7:07 PM');
    expect(note.closest('.field')).toBe(allowance.closest('.field'));
    expect(description(allowance)).toBe('Changes to 15 minutes on Wed, Dec 2, 7:07 PM');
    expect(screen.getByRole('button', { name: 'Keep 5 minutes' })).toBeTruthy();
    expect(await stored()).toMatchObject({ allowanceMinutes: 5 });

    // The latest choice wins: a shorter allowance applies at once, and nothing longer waits.
    await user.selectOptions(allowance, '2');
    await waitFor(async () => expect(await stored()).toMatchObject({ allowanceMinutes: 2 }));
    await waitFor(async () => expect(await waiting()).toEqual([]));
    await waitFor(() => expect(screen.queryByText(/^Changes to 15 minutes/)).toBeNull());
  });

  it('a shorter breath and a shorter cooling-off period each have their own note and their own “keep”', async () => {
    const user = renderSettings();
    await user.selectOptions(await screen.findByLabelText('The breath lasts'), '5,10,20,30');
    await user.selectOptions(screen.getByLabelText('Changes that loosen protection wait'), '1');
    expect(await screen.findByText('Changes to 5 s, growing to 30 s on Wed, Dec 2, 7:07 PM')).toBeTruthy();
    expect(await screen.findByText('Changes to 1 hour on Wed, Dec 2, 7:07 PM')).toBeTruthy();
    expect(screen.getByLabelText('The breath lasts')).toHaveProperty('value', '10,20,40,60');
    expect(screen.getByLabelText('Changes that loosen protection wait')).toHaveProperty('value', '24');

    await user.click(screen.getByRole('button', { name: 'Keep 1 day' }));
    await waitFor(() => expect(screen.queryByText(/^Changes to 1 hour/)).toBeNull());
    expect(document.activeElement).toBe(screen.getByLabelText('Changes that loosen protection wait'));
    expect(screen.getByText('Changes to 5 s, growing to 30 s on Wed, Dec 2, 7:07 PM')).toBeTruthy();
    expect((await waiting()).map((change) => change.kind === 'settings' && change.patch)).toEqual([{ breathSteps: [5, 10, 20, 30] }]);
    await user.click(screen.getByRole('button', { name: 'Keep the breath as it is' }));
    await waitFor(async () => expect(await waiting()).toEqual([]));
  });

  it('keeping one setting keeps only that one, even from a change that named several', async () => {
    await settingsItem.setValue({ strict: true });
    await pendingChangesItem.setValue([
      { id: 'c', kind: 'settings', patch: { strict: false, allowanceMinutes: 10 }, requestedAt: asked, effectiveAt: asked + 24 * 3_600_000 },
    ]);
    const user = renderSettings();
    await user.click(await screen.findByRole('button', { name: 'Keep strict mode on' }));
    await waitFor(async () => expect((await waiting()).map((change) => change.kind === 'settings' && change.patch)).toEqual([{ allowanceMinutes: 10 }]));
    expect(await screen.findByText('Changes to 10 minutes on Wed, Dec 2, 7:07 PM')).toBeTruthy();
  });

  it('pausing protection: once asked, the note takes the place of the request, with a way to keep protection on', async () => {
    const user = renderSettings();
    await user.selectOptions(await screen.findByLabelText('Pause protection for'), '4');
    await user.click(screen.getByRole('button', { name: 'Ask to pause' }));
    const note = await screen.findByText('Protection pauses for 4 hours, from Wed, Dec 2, 7:07 PM');
    expect(screen.queryByLabelText('Pause protection for')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(note.closest('p')));
    expect(screen.getByRole('status').textContent).toBe(
      'That loosens your protection, so it waits. Protection pauses for 4 hours, from Wednesday, December 2 at 7:07 PM. Until then nothing changes, and you can keep things as they are.',
    );
    expect(await waiting()).toEqual([expect.objectContaining({ kind: 'pause-protection', hours: 4 })]);

    await user.click(screen.getByRole('button', { name: 'Keep protection on' }));
    const choice = await screen.findByLabelText('Pause protection for');
    await waitFor(() => expect(document.activeElement).toBe(choice));
    expect(await waiting()).toEqual([]);
  });

  it('before anything is listed, everything applies at once and there is no protection to pause', async () => {
    await settingsItem.setValue({ strict: true });
    const user = renderSettings({ instant: true });
    await user.click(await screen.findByRole('checkbox', { name: 'Strict mode' }));
    await waitFor(async () => expect(await stored()).toMatchObject({ strict: false }));
    expect(screen.queryByLabelText('Pause protection for')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ask to pause' })).toBeNull();
    expect(await waiting()).toEqual([]);
  });
});
