import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PauseSettings } from '../../../components/PauseSettings';
import { sanitiseSettings, settingsItem } from '../../../lib/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const stored = async () => sanitiseSettings(await settingsItem.getValue());

describe('pause settings', () => {
  it('starts from the defaults and saves each change', async () => {
    render(<PauseSettings />);
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
    render(<PauseSettings />);
    await waitFor(() => expect(screen.getByLabelText('After “Continue”, the profile stays open for')).toHaveProperty('value', '7'));
    expect(screen.getByLabelText('The breath lasts')).toHaveProperty('value', '3');
  });

  it('falls back to defaults for a damaged stored value', async () => {
    await fakeBrowser.storage.local.set({ settings: { allowanceMinutes: -4, breathSteps: 'long', strict: 'yes' } });
    render(<PauseSettings />);
    expect(await screen.findByRole('checkbox', { name: 'Strict mode' })).toHaveProperty('checked', false);
    expect(screen.getByLabelText('After “Continue”, the profile stays open for')).toHaveProperty('value', '5');
  });
});
