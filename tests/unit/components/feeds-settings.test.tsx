import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HiddenInFeeds } from '../../../components/HiddenInFeeds';
import { readPending } from '../../../lib/commitment';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';
import { learnedIdsItem, pendingChangesItem, peopleItem, settingsItem } from '../../../platform/storage/keys';
import { loadPeople } from '../../../platform/storage/people';
import { watchPending } from '../../../platform/signals/pending';
import { watchPeople } from '../../../platform/signals/people';
import { watchOwnWords } from '../../../platform/signals/own-words';
import { watchSettings } from '../../../platform/signals/settings';

const at = new Date('2026-11-20T12:00').getTime();
const sam = (hideInFeeds?: boolean) => ({
  id: 'sam',
  name: 'Sam',
  relationship: 'ex',
  addedAt: at,
  profiles: [{ key: 'x:someex', addedAt: at }],
  ...(hideInFeeds !== undefined && { hideInFeeds }),
});

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function renderOptions() {
  render(<OptionsPage state={watchPeople().state} pending={watchPending().state} settings={watchSettings().state} ownWords={watchOwnWords().state} />);
  return userEvent.setup();
}
const samSection = () => screen.getByRole('listitem', { name: 'Sam' });
const hideInFeeds = async () => (await loadPeople()).value[0]?.hideInFeeds;

describe('“Keep them out of my feeds”, in each person’s section', () => {
  it('is ticked for someone added now, and described', async () => {
    const user = renderOptions();
    await user.type(screen.getByLabelText('Profile URL'), 'https://x.com/someex');
    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    const box = await screen.findByRole('checkbox', { name: 'Keep them out of my feeds' });
    expect(box).toHaveProperty('checked', true);
    expect(box.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toMatch(/posts, reposts, stories, comments/);
  });

  it('turns on at once for someone listed before it existed', async () => {
    await peopleItem.setValue([sam()]);
    const user = renderOptions();
    const box = await within(await screen.findByRole('listitem', { name: 'Sam' })).findByRole('checkbox', { name: 'Keep them out of my feeds' });
    expect(box).toHaveProperty('checked', false);
    await user.click(box);
    await waitFor(async () => expect(await hideInFeeds()).toBe(true));
    await waitFor(() => expect(box).toHaveProperty('checked', true));
  });

  it('turned off, waits out the cooling-off, stays on meanwhile, and can be kept on', async () => {
    await peopleItem.setValue([sam(true)]);
    const user = renderOptions();
    const box = await within(await screen.findByRole('listitem', { name: 'Sam' })).findByRole('checkbox', { name: 'Keep them out of my feeds' });
    await user.click(box);
    await waitFor(async () => expect(readPending(await pendingChangesItem.getValue())).toEqual([expect.objectContaining({ kind: 'feeds-off', personId: 'sam' })]));
    expect(await hideInFeeds()).toBe(true);
    expect(box).toHaveProperty('checked', true);
    expect(await within(samSection()).findByText(/Shown in your feeds again:/)).toBeTruthy();
    await user.click(within(samSection()).getByRole('button', { name: 'Keep Sam out of my feeds' }));
    await waitFor(async () => expect(readPending(await pendingChangesItem.getValue())).toEqual([]));
    expect(await hideInFeeds()).toBe(true);
  });

  it('shows the ids remembered for them, kept on this device', async () => {
    await peopleItem.setValue([sam(true)]);
    await learnedIdsItem.setValue({ 'x:someex': ['x:user/1234567890'] });
    renderOptions();
    expect(await within(await screen.findByRole('listitem', { name: 'Sam' })).findByText(/Also recognised by: .*1234567890/)).toBeTruthy();
  });
});

describe('the quiet line where something was hidden', () => {
  it('is off by default and turns on and off at once', async () => {
    await peopleItem.setValue([sam(true)]);
    const user = renderOptions();
    const box = await screen.findByRole('checkbox', { name: 'Leave a quiet line where something of theirs was hidden' });
    expect(box).toHaveProperty('checked', false);
    await user.click(box);
    await waitFor(async () => expect(await settingsItem.getValue()).toMatchObject({ feedPlaceholder: true }));
    await user.click(box);
    await waitFor(async () => expect(await settingsItem.getValue()).toMatchObject({ feedPlaceholder: false }));
  });

  it('is not offered while no one is kept out of feeds', async () => {
    await peopleItem.setValue([sam()]);
    renderOptions();
    await screen.findByRole('listitem', { name: 'Sam' });
    expect(screen.queryByRole('checkbox', { name: /quiet line/ })).toBeNull();
  });
});

describe('the popup’s count of things kept out of sight', () => {
  // Thursday 26 November 2026; the week starts on Monday the 23rd.
  const now = new Date('2026-11-26T21:00').getTime();

  it('says how many this week, and how many each day, never what', () => {
    render(<HiddenInFeeds now={now} weekStartsOn={1} locale="en-GB" counts={{ '2026-11-23': 2, '2026-11-26': 3, '2026-11-16': 9 }} />);
    expect(screen.getByText('5 things of theirs kept out of your feeds this week.')).toBeTruthy();
    const days = within(screen.getByRole('list', { name: 'Kept out of sight, day by day' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(days).toEqual(['Mon: 2', 'Tue: 0', 'Wed: 0', 'Thu: 3', 'Fri: 0', 'Sat: 0', 'Sun: 0']);
  });

  it('says nothing in a week with none', () => {
    const { container } = render(<HiddenInFeeds now={now} weekStartsOn={1} locale="en-GB" counts={{ '2026-11-16': 9 }} />);
    expect(container.textContent).toBe('');
  });
});
