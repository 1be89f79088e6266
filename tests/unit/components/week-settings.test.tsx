import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { WeekSettings } from '../../../components/WeekSettings';
import { watchSettings } from '../../../platform/signals/settings';
import { readSettings } from '../../../lib/settings';
import { settingsItem } from '../../../platform/storage/keys';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('week settings', () => {
  it('follows the language’s first weekday until the user picks one, and schedules the summary', async () => {
    render(<WeekSettings settings={watchSettings().state} locale="en-US" />);
    const start = await screen.findByLabelText('Weeks start on');
    expect((start as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Sunday, as in your language');
    const user = userEvent.setup();
    await user.selectOptions(start, '1');
    expect(screen.getByRole('checkbox', { name: 'Weekly summary notification' })).toHaveProperty('checked', true);
    await user.selectOptions(screen.getByLabelText('On'), '5');
    await user.selectOptions(screen.getByLabelText('At'), '20');
    await waitFor(async () =>
      expect(readSettings(await settingsItem.getValue())).toMatchObject({ weekStartsOn: 1, weeklyNotification: { enabled: true, weekday: 5, hour: 20 } }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Weekly summary notification' }));
    expect(screen.queryByLabelText('On')).toBeNull();
    await waitFor(async () => expect(readSettings(await settingsItem.getValue()).weeklyNotification.enabled).toBe(false));
  });
});
