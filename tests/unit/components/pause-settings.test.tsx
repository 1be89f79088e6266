import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { watchSettings } from '../../../platform/signals/settings';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PauseSettings } from '../../../components/PauseSettings';
import { readPending } from '../../../lib/commitment';
import { readSettings } from '../../../lib/settings';
import { pendingChangesItem, settingsItem } from '../../../platform/storage/keys';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = async () => readSettings(await settingsItem.getValue());

describe('pause settings', () => {
  it('loosening waits: turning strict mode off or a longer allowance becomes a pending change', async () => {
    await settingsItem.setValue({ strict: true, allowanceMinutes: 5, breathSteps: [10, 20, 40, 60] });
    render(<PauseSettings settings={watchSettings().state} />);
    const user = userEvent.setup();
    const strict = await screen.findByRole('checkbox', { name: 'Strict mode' });
    await user.click(strict);
    expect(strict).toHaveProperty('checked', true);
    await user.selectOptions(screen.getByLabelText('After “Continue”, the profile stays open for'), '15');
    expect(await screen.findByText(/That loosens your protection, so it waits 1 day/)).toBeTruthy();
    expect(await stored()).toMatchObject({ strict: true, allowanceMinutes: 5 });
    await waitFor(async () =>
      expect(readPending(await pendingChangesItem.getValue()).map((change) => change.kind === 'settings' && change.patch)).toEqual([
        { strict: false },
        { allowanceMinutes: 15 },
      ]),
    );
  });

  it('asks to pause protection, which waits like any loosening', async () => {
    render(<PauseSettings settings={watchSettings().state} />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Pause protection for'), '4');
    await user.click(screen.getByRole('button', { name: 'Ask to pause' }));
    expect(await screen.findByText('Asked. See “Waiting to take effect”.')).toBeTruthy();
    expect(readPending(await pendingChangesItem.getValue())).toEqual([expect.objectContaining({ kind: 'pause-protection', hours: 4 })]);
  });

  it('starts from the defaults and saves each change', async () => {
    render(<PauseSettings settings={watchSettings().state} />);
    const strict = await screen.findByRole('checkbox', { name: 'Strict mode' });
    expect(strict).toHaveProperty('checked', false);
    expect(screen.getByLabelText('After “Continue”, the profile stays open for')).toHaveProperty('value', '5');
    expect(screen.getByLabelText('The breath lasts')).toHaveProperty('value', '10,20,40,60');

    const user = userEvent.setup();
    await user.click(strict);
    await user.selectOptions(screen.getByLabelText('After “Continue”, the profile stays open for'), '2');
    await user.selectOptions(screen.getByLabelText('The breath lasts'), '20,40,60,90');
    await waitFor(async () => expect(await stored()).toMatchObject({ strict: true, allowanceMinutes: 2, breathSteps: [20, 40, 60, 90] }));
  });

  it('shows a stored value that is not one of the choices rather than hiding it', async () => {
    await settingsItem.setValue({ allowanceMinutes: 7, breathSteps: [3], strict: false });
    render(<PauseSettings settings={watchSettings().state} />);
    await waitFor(() => expect(screen.getByLabelText('After “Continue”, the profile stays open for')).toHaveProperty('value', '7'));
    expect(screen.getByLabelText('The breath lasts')).toHaveProperty('value', '3');
  });

  it('falls back to defaults for a damaged stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: { allowanceMinutes: -4, breathSteps: 'long', strict: 'yes' } });
    render(<PauseSettings settings={watchSettings().state} />);
    expect(await screen.findByRole('checkbox', { name: 'Strict mode' })).toHaveProperty('checked', false);
    expect(screen.getByLabelText('After “Continue”, the profile stays open for')).toHaveProperty('value', '5');
  });
});
