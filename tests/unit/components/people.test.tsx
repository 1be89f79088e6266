import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readPending } from '../../../lib/commitment';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';
import { pendingChangesItem, peopleItem } from '../../../platform/storage/keys';
import { loadPeople } from '../../../platform/storage/people';
import { requestWeakening } from '../../../platform/storage/pending';
import { watchPending } from '../../../platform/signals/pending';
import { watchPeople } from '../../../platform/signals/people';
import { watchOwnWords } from '../../../platform/signals/own-words';
import { watchSettings } from '../../../platform/signals/settings';

const day = 86_400_000;
const at = new Date('2026-11-20T12:00').getTime();

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function renderOptions() {
  render(<OptionsPage state={watchPeople().state} pending={watchPending().state} settings={watchSettings().state} ownWords={watchOwnWords().state} />);
  return userEvent.setup();
}

async function add(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.type(screen.getByLabelText('Profile URL'), text);
  await user.click(screen.getByRole('button', { name: 'Add profile' }));
}

const addStatus = () => within(screen.getByLabelText('Profile URL').closest('form')!).getByRole('status');
const stored = async () => (await loadPeople()).value.map((person) => [person.name, person.profiles.map((profile) => profile.key)]);
// The people section's own headings: one per person.
const personHeadings = () => within(screen.getByRole('region', { name: 'People and profiles' })).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('whose a new profile is', () => {
  it('the first person is “Someone” until named, never a number', async () => {
    const user = renderOptions();
    expect(screen.queryByLabelText('Whose profile is it?')).toBeNull();
    await add(user, 'https://www.instagram.com/someex/');
    expect(await screen.findByRole('heading', { level: 3, name: 'Someone' })).toBeTruthy();
    expect(screen.getByLabelText('Name for Someone')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/Person \d/);
  });

  it('once someone is listed, the next profile goes to someone new unless a person is picked', async () => {
    const user = renderOptions();
    await add(user, 'https://www.instagram.com/someex/');
    await screen.findByRole('heading', { level: 3, name: 'Someone' });
    const whose = screen.getByLabelText('Whose profile is it?');
    expect(whose).toHaveProperty('value', '');
    expect([...(whose as HTMLSelectElement).options].map((option) => option.textContent)).toEqual(['Someone new', 'Someone']);

    // Their new partner's account, added without a second thought: it is not the ex's.
    await add(user, 'https://x.com/newpartner');
    await waitFor(() => expect(addStatus().textContent).toBe('Added X @newpartner as someone new. Visits to it will now pause first.'));
    expect(await stored()).toEqual([
      ['', ['instagram:someex']],
      ['', ['x:newpartner']],
    ]);
    // Two unnamed people, told apart kindly by their first profile.
    await waitFor(() => expect(personHeadings()).toEqual(['Someone (Instagram @someex)', 'Someone (X @newpartner)']));
  });

  it('a person picked stays picked for the next profile, and is named in what the form says', async () => {
    await peopleItem.setValue([{ id: 'sam', name: 'Sam', relationship: 'ex', addedAt: at, profiles: [{ key: 'instagram:someex', addedAt: at }] }]);
    const user = renderOptions();
    await user.selectOptions(await screen.findByLabelText('Whose profile is it?'), 'Sam');
    expect(screen.queryByLabelText('Their name (optional)')).toBeNull();
    await add(user, 'https://x.com/someex');
    await waitFor(() => expect(addStatus().textContent).toBe('Added X @someex, with Sam. Visits to it will now pause first.'));
    await add(user, 'https://www.tiktok.com/@someex');
    await waitFor(async () => expect(await stored()).toEqual([['Sam', ['instagram:someex', 'x:someex', 'tiktok:someex']]]));
    expect(screen.getByLabelText('Whose profile is it?')).toHaveProperty('value', 'sam');
  });

  it('someone new can be named as they are added', async () => {
    await peopleItem.setValue([{ id: 'sam', name: 'Sam', relationship: 'ex', addedAt: at, profiles: [{ key: 'instagram:someex', addedAt: at }] }]);
    const user = renderOptions();
    await user.type(await screen.findByLabelText('Their name (optional)'), 'Alex');
    await add(user, 'https://x.com/alex');
    await waitFor(() => expect(addStatus().textContent).toBe('Added X @alex, with Alex. Visits to it will now pause first.'));
    expect(await stored()).toEqual([
      ['Sam', ['instagram:someex']],
      ['Alex', ['x:alex']],
    ]);
    expect(screen.getByLabelText('Their name (optional)')).toHaveProperty('value', '');
  });

  it('a person whose removal waits is not offered: the profile would leave with them', async () => {
    await peopleItem.setValue([
      { id: 'sam', name: 'Sam', relationship: 'ex', addedAt: at, profiles: [{ key: 'instagram:someex', addedAt: at }] },
      { id: 'alex', name: 'Alex', relationship: 'new-partner', addedAt: at, profiles: [{ key: 'x:alex', addedAt: at }] },
    ]);
    await requestWeakening({ kind: 'remove-person', personId: 'alex' });
    renderOptions();
    await screen.findAllByText(/^Alex and their profiles leave your list/);
    const whose = screen.getByLabelText('Whose profile is it?') as HTMLSelectElement;
    expect([...whose.options].map((option) => option.textContent)).toEqual(['Someone new', 'Sam']);
  });
});

describe('moving a profile to another person', () => {
  const twoPeople = [
    { id: 'sam', name: 'Sam', relationship: 'ex', addedAt: at, profiles: [{ key: 'instagram:someex', addedAt: at }] },
    { id: 'other', name: '', relationship: 'ex', addedAt: at + day, profiles: [{ key: 'x:someex_alt', addedAt: at + day }, { key: 'x:newpartner', addedAt: at + day }] },
  ];

  it('moves it at once, with nothing waiting: the profile stays listed, so nothing loosens', async () => {
    await peopleItem.setValue(twoPeople);
    const user = renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Move X @someex_alt to someone else' }));
    const to = screen.getByLabelText('Move X @someex_alt to') as HTMLSelectElement;
    // The form opens with the focus on its choice; the first other person is chosen.
    expect(document.activeElement).toBe(to);
    expect([...to.options].map((option) => option.textContent)).toEqual(['Sam', 'Someone new']);
    expect(to.value).toBe('sam');
    await user.click(screen.getByRole('button', { name: 'Move' }));

    await waitFor(async () => expect(await stored()).toEqual([['Sam', ['instagram:someex', 'x:someex_alt']], ['', ['x:newpartner']]]));
    expect(readPending(await pendingChangesItem.getValue())).toEqual([]);
    const status = await screen.findByText('X @someex_alt is now with Sam.');
    expect(status.getAttribute('role')).toBe('status');
    // The focus follows the profile to its new place, in Sam’s list.
    const samsProfiles = screen.getByRole('list', { name: 'Profiles of Sam' });
    await waitFor(() => expect(document.activeElement?.closest('ul')).toBe(samsProfiles));
    expect(document.activeElement?.textContent).toContain('@someex_alt');
    // The original added time stays with the profile.
    expect((await loadPeople()).value[0]?.profiles[1]).toEqual({ key: 'x:someex_alt', addedAt: at + day });
  });

  it('moves it to someone new, who is “Someone” until named', async () => {
    await peopleItem.setValue(twoPeople);
    const user = renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Move Instagram @someex to someone else' }));
    await user.selectOptions(screen.getByLabelText('Move Instagram @someex to'), 'Someone new');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    await waitFor(async () => expect(await stored()).toEqual([['Sam', []], ['', ['x:someex_alt', 'x:newpartner']], ['', ['instagram:someex']]]));
    expect(await screen.findByText('Instagram @someex is now with someone new.')).toBeTruthy();
    await waitFor(() => expect(personHeadings()).toEqual(['Sam', 'Someone (X @someex_alt)', 'Someone (Instagram @someex)']));
  });

  it('an unnamed person left with nothing is gone with the move, and nothing of theirs waits', async () => {
    await peopleItem.setValue([
      { id: 'sam', name: 'Sam', relationship: 'ex', addedAt: at, profiles: [{ key: 'instagram:someex', addedAt: at }] },
      { id: 'oops', name: '', relationship: 'ex', addedAt: at, profiles: [{ key: 'instagram:someex.private', addedAt: at }] },
    ]);
    await requestWeakening({ kind: 'remove-person', personId: 'oops' });
    const user = renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Move Instagram @someex.private to someone else' }));
    // Moving an unnamed person's only profile to someone new would change nothing.
    expect([...(screen.getByLabelText('Move Instagram @someex.private to') as HTMLSelectElement).options].map((option) => option.textContent)).toEqual(['Sam']);
    await user.click(screen.getByRole('button', { name: 'Move' }));
    await waitFor(async () => expect(await stored()).toEqual([['Sam', ['instagram:someex', 'instagram:someex.private']]]));
    await waitFor(async () => expect(readPending(await pendingChangesItem.getValue())).toEqual([]));
  });

  it('is offered only where there is somewhere to go, and Escape or Cancel closes it with nothing moved', async () => {
    await peopleItem.setValue([{ id: 'sam', name: '', relationship: 'ex', addedAt: at, profiles: [{ key: 'instagram:someex', addedAt: at }] }]);
    const user = renderOptions();
    await screen.findByRole('button', { name: 'Remove Instagram @someex' });
    expect(screen.queryByRole('button', { name: /^Move / })).toBeNull();

    await peopleItem.setValue(twoPeople);
    const open = await screen.findByRole('button', { name: 'Move X @newpartner to someone else' });
    await user.click(open);
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Move X @newpartner to')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move X @newpartner to someone else' }));
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Move X @newpartner to')).toBeNull();
    expect(await stored()).toEqual(twoPeople.map((person) => [person.name, person.profiles.map((profile) => profile.key)]));
  });

  it('does not offer a person whose removal waits', async () => {
    await peopleItem.setValue([...twoPeople, { id: 'leaving', name: 'Alex', relationship: 'ex', addedAt: at, profiles: [{ key: 'tiktok:alex', addedAt: at }] }]);
    await requestWeakening({ kind: 'remove-person', personId: 'leaving' });
    const user = renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Move Instagram @someex to someone else' }));
    const options = [...(screen.getByLabelText('Move Instagram @someex to') as HTMLSelectElement).options].map((option) => option.textContent);
    expect(options).toEqual(['Someone', 'Someone new']);
  });
});
