import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { pendingChangesItem } from '../../../platform/storage/keys';
import { loadPeople } from '../../../platform/storage/people';
import { watchPending } from '../../../platform/signals/pending';
import { watchPeople } from '../../../platform/signals/people';
import { watchOwnWords } from '../../../platform/signals/own-words';
import { watchSettings } from '../../../platform/signals/settings';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';
import { readPending } from '../../../lib/commitment';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/** What the add form says (the list of people has messages of its own). */
const added = () => within(screen.getByLabelText('Profile URL').closest('form')!);

function renderOptions() {
  const { state, stop } = watchPeople();
  render(<OptionsPage state={state} pending={watchPending().state} settings={watchSettings().state} ownWords={watchOwnWords().state} />);
  return stop;
}

async function add(text: string, network?: string) {
  const user = userEvent.setup();
  if (network) await user.selectOptions(screen.getByLabelText('Network'), network);
  await user.type(screen.getByLabelText('Profile URL'), text);
  await user.click(screen.getByRole('button', { name: 'Add profile' }));
}

describe('options page: people and profiles', () => {
  it('adds a pasted profile link, lists it and stores it', async () => {
    renderOptions();
    await add('https://www.instagram.com/SomeEx/?igsh=xyz');
    await waitFor(() => expect(added().getByRole('status').textContent).toBe('Added Instagram @someex. Visits to it will now pause first.'));
    expect(await screen.findByRole('button', { name: 'Remove Instagram @someex' })).toBeTruthy();
    expect(screen.getByLabelText('Profile URL')).toHaveProperty('value', '');
    const { value } = await loadPeople();
    expect(value[0]?.profiles.map((profile) => profile.key)).toEqual(['instagram:someex']);
  });

  it('adds a handle with a chosen network to the person chosen for it, and names the person later', async () => {
    renderOptions();
    await add('instagram.com/someex');
    await screen.findByRole('button', { name: 'Remove Instagram @someex' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Whose profile is it?'), 'Someone');
    await add('@someex_new', 'x');
    await screen.findByRole('button', { name: 'Remove X @someex_new' });
    expect((await loadPeople()).value).toHaveLength(1);

    await user.type(screen.getByLabelText('Name for Someone'), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByRole('heading', { name: 'Sam' })).toBeTruthy();
  });

  it('says so when a profile is already listed, without adding it twice', async () => {
    renderOptions();
    await add('https://instagram.com/someex');
    await screen.findByRole('button', { name: 'Remove Instagram @someex' });
    await add('https://m.instagram.com/SOMEEX/tagged/');
    await waitFor(() => expect(added().getByRole('status').textContent).toBe('Instagram @someex is already on your list.'));
    expect(screen.getAllByRole('button', { name: 'Remove Instagram @someex' })).toHaveLength(1);
  });

  it('explains a post link and keeps what was typed', async () => {
    renderOptions();
    await add('https://www.instagram.com/p/ABC123/');
    expect(added().getByRole('alert').textContent).toMatch(/link to a post on Instagram, not to a profile/);
    expect(screen.getByLabelText('Profile URL')).toHaveProperty('value', 'https://www.instagram.com/p/ABC123/');
    expect((await loadPeople()).value).toEqual([]);
  });

  it('removing a profile waits out the cooling-off period, and can be taken back', async () => {
    renderOptions();
    await add('https://x.com/someex');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove X @someex' }));
    // Still listed and still paused: only a pending change, shown with its time.
    expect(await screen.findByText(/^Leaves your list /)).toBeTruthy();
    const waiting = screen.getByRole('region', { name: 'Waiting to take effect' });
    expect(within(waiting).getByText(/^X @someex leaves your list on \w+day, \w+ \d+ at \d+:\d\d [AP]M\.$/)).toBeTruthy();
    expect((await loadPeople()).value[0]?.profiles.map((profile) => profile.key)).toEqual(['x:someex']);
    expect(readPending(await pendingChangesItem.getValue())).toEqual([
      expect.objectContaining({ kind: 'remove-profile', key: 'x:someex', effectiveAt: expect.any(Number) }),
    ]);
    const [change] = readPending(await pendingChangesItem.getValue());
    expect(change!.effectiveAt - change!.requestedAt).toBe(24 * 3_600_000);

    await user.click(screen.getByRole('button', { name: 'Keep X @someex' }));
    expect(await screen.findByRole('button', { name: 'Remove X @someex' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Waiting to take effect' })).toBeNull();
    expect(readPending(await pendingChangesItem.getValue())).toEqual([]);
  });

  it('shows names as text, never as markup', async () => {
    await fakeBrowser.storage.local.set({
      people: [{ id: 'a', name: '<b>bold</b><script>alert(1)</script>', addedAt: 1, profiles: [{ key: 'x:someex', addedAt: 1 }] }],
    });
    renderOptions();
    const heading = await within(screen.getByRole('region', { name: 'People and profiles' })).findByRole('heading', { level: 3 });
    expect(heading.textContent).toBe('<b>bold</b><script>alert(1)</script>');
    expect(within(heading).queryByText('bold')).toBeNull();
  });

  it('tells the user when part of the stored list could not be read', async () => {
    await fakeBrowser.storage.local.set({ people: [{ id: 'a', name: '', addedAt: 1, profiles: [{ key: 'x:someex', addedAt: 1 }, { key: 'bad' }] }] });
    renderOptions();
    expect(await screen.findByText(/One saved entry could not be read/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Remove X @someex' })).toBeTruthy();
  });
});

describe('options page: the browser’s limits', () => {
  it('says plainly when profiles are past the browser’s limit for request rules, and says nothing otherwise', async () => {
    const { ruleStatusItem } = await import('../../../platform/storage/keys');
    renderOptions();
    await screen.findByLabelText('Profile URL');
    expect(screen.queryByText(/past what the browser allows/)).toBeNull();
    await ruleStatusItem.setValue({ listed: 2100, uncovered: Array.from({ length: 40 }, (_, i) => `instagram:p${i}`), uncoveredCopies: ['instagram:p1'], failed: false });
    expect(await screen.findByText(/^40 of your 2,100 listed profiles are past what the browser allows for request rules\./)).toBeTruthy();
    expect(screen.getByText(/^Archive and mirror copies of one profile are paused as they start to load/)).toBeTruthy();
  });
});
