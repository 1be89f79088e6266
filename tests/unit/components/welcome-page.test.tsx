import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

function renderWelcome() {
  render(<WelcomePage state={watchPeople().state} pending={watchPending().state} settings={watchSettings().state} />);
  return userEvent.setup();
}

async function add(user: ReturnType<typeof userEvent.setup>, url: string) {
  await user.type(screen.getByLabelText('Profile URL'), url);
  await user.click(screen.getByRole('button', { name: 'Add profile' }));
}

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

  it('offers no pause of protection before anything is protected', async () => {
    const user = renderWelcome();
    await screen.findByRole('checkbox', { name: 'Strict mode' });
    expect(screen.queryByLabelText('Pause protection for')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ask to pause' })).toBeNull();
    await add(user, 'https://www.instagram.com/someex/');
    expect(await screen.findByLabelText('Pause protection for')).toBeTruthy();
  });

  it('ends on the moment protection starts, then the settings as a second step', async () => {
    const openOptionsPage = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
    const user = renderWelcome();
    // Nothing listed yet: no promise of protection, only what adding a profile will do.
    expect(await screen.findByText('Once you add a profile above, visits to it will pause first.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'You’re protected' })).toBeNull();

    await add(user, 'https://www.instagram.com/someex/');
    const end = await screen.findByRole('region', { name: 'You’re protected' });
    expect(end.textContent).toContain('Visits to 1 profile now pause first, whichever way you get there.');
    await add(user, 'https://x.com/someex');
    await waitFor(() => expect(end.textContent).toContain('Visits to 2 profiles now pause first, whichever way you get there.'));
    expect(end.textContent).toContain('That’s all it needs. You can close this page whenever you’re ready.');
    // It is the last thing on the page, and the settings are a secondary step within it.
    expect(screen.getByRole('main').lastElementChild).toBe(end);
    const settings = within(end).getByRole('button', { name: 'Open my settings' });
    expect(settings.classList.contains('primary')).toBe(false);
    await user.click(settings);
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('asks whose the next profile is there too, someone new by default', async () => {
    const user = renderWelcome();
    await add(user, 'https://www.instagram.com/someex/');
    expect(await screen.findByLabelText('Whose profile is it?')).toHaveProperty('value', '');
    await add(user, 'https://x.com/newpartner');
    await waitFor(async () => expect((await loadPeople()).value.map((person) => person.profiles.map((profile) => profile.key))).toEqual([['instagram:someex'], ['x:newpartner']]));
  });
});
