import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings } from '../../../lib/settings';
import { pendingChangesItem, settingsItem } from '../../../platform/storage/keys';
import { loadPeople } from '../../../platform/storage/people';
import { watchPending } from '../../../platform/signals/pending';
import { watchPeople } from '../../../platform/signals/people';
import { watchSettings } from '../../../platform/signals/settings';
import { WelcomePage } from '../../../entrypoints/welcome/WelcomePage';
import { readPending } from '../../../lib/commitment';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('welcome page (first run)', () => {
  it('says what Letting Go does and promises privacy', () => {
    render(<WelcomePage state={watchPeople().state} pending={watchPending().state} settings={watchSettings().state} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Letting Go' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Your privacy' }).textContent).toMatch(/never sends anything anywhere/);
  });

  it('adds the first profile, and choices made before anything is listed apply at once', async () => {
    render(<WelcomePage state={watchPeople().state} pending={watchPending().state} settings={watchSettings().state} />);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Changes that loosen protection wait'), '12');
    await waitFor(async () => expect(readSettings(await settingsItem.getValue()).coolingOffHours).toBe(12));
    await user.type(screen.getByLabelText('Profile URL'), 'https://www.instagram.com/someex/');
    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    expect(await screen.findByRole('button', { name: 'Remove Instagram @someex' })).toBeTruthy();
    expect((await loadPeople()).value[0]?.profiles[0]?.key).toBe('instagram:someex');
    // With a profile listed, loosening now waits.
    await user.selectOptions(screen.getByLabelText('Changes that loosen protection wait'), '1');
    await waitFor(async () => expect(readPending(await pendingChangesItem.getValue())).toHaveLength(1));
    expect(readSettings(await settingsItem.getValue()).coolingOffHours).toBe(12);
  });
});
