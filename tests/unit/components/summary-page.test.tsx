import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { watchSettings } from '../../../platform/signals/settings';
import { watchUrges } from '../../../platform/signals/urges';
import { SummaryPage } from '../../../entrypoints/summary/SummaryPage';
import { weekNotesItem } from '../../../platform/storage/keys';
import { saveUrge } from '../../../platform/storage/urges';
import { newUrge, type Urge } from '../../../lib/urge';

// Thursday 26 November 2026, 21:00 in Berlin (TZ pinned); en-GB weeks start on Monday 23rd.
const now = new Date('2026-11-26T21:00').getTime();
const at = (iso: string) => new Date(iso).getTime();
const urge = (id: string, when: string, fields: Partial<Urge> = {}) =>
  newUrge({ id, at: at(when), profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back', ...fields });

beforeEach(async () => {
  fakeBrowser.reset();
  location.hash = '';
  await Promise.all(
    [
      urge('a', '2026-11-23T22:15', { strength: 6, triggers: ['lonely', 'alcohol'] }),
      urge('b', '2026-11-24T22:40', { strength: 8, triggers: ['lonely'] }),
      urge('c', '2026-11-26T08:05', { outcome: 'continued', strength: 4, profileKey: 'x:someex' }),
      urge('d', '2026-11-17T12:00', { triggers: ['bored'] }),
    ].map(saveUrge),
  );
});
afterEach(cleanup);

const show = () => render(<SummaryPage urges={watchUrges().state} settings={watchSettings().state} now={now} locale="en-GB" />);

describe('weekly summary page', () => {
  it('shows the week in full, each chart with a table for screen readers', async () => {
    show();
    // Intl puts thin or plain spaces around the dash, depending on the engine's data.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^This week 23\s?–\s?29 November 2026$/));
    const figures = await screen.findByRole('region', { name: 'The week in numbers' });
    expect(within(figures).getByText('Urges').nextElementSibling?.textContent).toBe('3');
    expect(within(figures).getByText('Turned back').nextElementSibling?.textContent).toBe('2');
    expect(within(figures).getByText('Looked').nextElementSibling?.textContent).toBe('1');
    expect(within(figures).getByText('Week before').nextElementSibling?.textContent).toBe('1 urge, 1 turned back');
    expect(within(figures).getByText('Turned back in all').nextElementSibling?.textContent).toBe('3');
    expect(figures.textContent).not.toMatch(/%/);

    const perDay = screen.getByRole('table', { name: /^Urges per day, 23\s?–\s?29 November 2026$/ });
    const monday = within(perDay).getByRole('rowheader', { name: 'Monday 23 November' }).closest('tr')!;
    expect([...monday.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['1', '0']);
    const hours = screen.getByRole('table', { name: /^Urges by day and hour, 23\s?–\s?29 November 2026$/ });
    expect(within(hours).getByRole('rowheader', { name: 'Tue' }).nextElementSibling?.textContent).toBe('22: 1');
    expect(screen.getByRole('table', { name: /^Average strength per day, 23\s?–\s?29 November 2026$/ })).toBeTruthy();

    const triggers = screen.getByRole('region', { name: 'What set them off' });
    expect(within(triggers).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Lonely2', 'Alcohol1']);
    const profiles = screen.getByRole('region', { name: 'Profiles' });
    expect(within(profiles).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Instagram @someex: 2 urges', 'X @someex: 1 urge']);
  });

  it('counts urges logged by hand without a profile, so the list adds up to the week', async () => {
    await saveUrge(urge('m', '2026-11-25T09:00', { profileKey: null, source: 'manual' }));
    show();
    const profiles = await screen.findByRole('region', { name: 'Profiles' });
    await waitFor(() => expect(within(profiles).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Instagram @someex: 2 urges', 'X @someex: 1 urge', 'Not about one profile: 1 urge']));
  });

  it('browses to earlier weeks and back', async () => {
    show();
    const user = userEvent.setup();
    expect(await screen.findByRole('button', { name: 'Next week' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^Last week 16\s?–\s?22 November 2026$/);
    expect(location.hash).toBe('#weeks-ago=1');
    // That week's own figures: nothing of how things stand today, and its note is about that week.
    const figures = screen.getByRole('region', { name: 'The week in numbers' });
    expect(within(figures).getByText('Urges').nextElementSibling?.textContent).toBe('1');
    expect(within(figures).queryByText('Turned back in all')).toBeNull();
    expect(within(figures).queryByText('Days since you last looked')).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Looking back on that week' })).toBeTruthy();
    // Nothing older than the oldest urge.
    expect(screen.getByRole('button', { name: 'Previous week' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Next week' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/^This week/);
  });

  it('keeps a reflection for the week', async () => {
    show();
    const user = userEvent.setup();
    const field = await screen.findByLabelText(/What helped you this week/);
    await user.type(field, 'Walking in the evening helped.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect(await weekNotesItem.getValue()).toEqual({ '2026-11-23': 'Walking in the evening helped.' });
  });

  it('deletes the week’s note at once, the other weeks’ notes kept', async () => {
    await weekNotesItem.setValue({ '2026-11-23': 'Something I would rather nobody read.', '2026-11-16': 'Last week’s note' });
    show();
    const user = userEvent.setup();
    expect(await screen.findByDisplayValue('Something I would rather nobody read.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete this note' }));
    expect(await screen.findByText('Deleted.')).toBeTruthy();
    expect((screen.getByLabelText(/What helped you this week/) as HTMLTextAreaElement).value).toBe('');
    expect(await weekNotesItem.getValue()).toEqual({ '2026-11-16': 'Last week’s note' });
    expect(screen.queryByRole('button', { name: 'Delete this note' })).toBeNull();
  });

  it('an empty week says so plainly', async () => {
    fakeBrowser.reset();
    show();
    expect(await screen.findByText('No triggers noted this week.')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'The week in numbers' })).getByText('Urges').nextElementSibling?.textContent).toBe('0'));
  });
});
