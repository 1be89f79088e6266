import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AddThisTab } from '../../../components/AddThisTab';
import { peopleItem } from '../../../platform/storage/keys';
import { loadPeople } from '../../../platform/storage/people';
import { requestWeakening } from '../../../platform/storage/pending';
import { watchPending } from '../../../platform/signals/pending';
import { watchPeople } from '../../../platform/signals/people';

const at = new Date('2026-11-20T12:00').getTime();
const sam = { id: 'sam', name: 'Sam', relationship: 'ex', addedAt: at, profiles: [{ key: 'instagram:someex', addedAt: at }] };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

/** The popup's "Add this tab’s profile", on a tab showing `url`, kept in step with storage. */
function renderOn(url: string) {
  const people = watchPeople().state;
  const pending = watchPending().state;
  const tabUrl = Promise.resolve(url);
  function Harness() {
    return people.value.loaded ? <AddThisTab people={people.value.people} pending={pending.value} tabUrl={tabUrl} /> : null;
  }
  render(<Harness />);
  return userEvent.setup();
}

const stored = async () => (await loadPeople()).value.map((person) => [person.name, person.profiles.map((profile) => profile.key)]);

describe('add this tab’s profile (popup)', () => {
  it('with nobody listed yet, adds in one click for someone new', async () => {
    const user = renderOn('https://x.com/someex/media');
    await user.click(await screen.findByRole('button', { name: 'Add this tab’s profile' }));
    expect(await screen.findByText('X @someex is on your list.')).toBeTruthy();
    expect(await stored()).toEqual([['', ['x:someex']]]);
  });

  it('once someone is listed, asks whose it is, and someone new is the default: never silently the last person', async () => {
    await peopleItem.setValue([sam]);
    const user = renderOn('https://x.com/newpartner');
    const whose = (await screen.findByLabelText('Whose profile is it?')) as HTMLSelectElement;
    expect(whose.value).toBe('');
    expect([...whose.options].map((option) => option.textContent)).toEqual(['Someone new', 'Sam']);
    await user.click(screen.getByRole('button', { name: 'Add this tab’s profile' }));
    await waitFor(async () => expect(await stored()).toEqual([['Sam', ['instagram:someex']], ['', ['x:newpartner']]]));
  });

  it('someone new can be named on the spot', async () => {
    await peopleItem.setValue([sam]);
    const user = renderOn('https://x.com/newpartner');
    await user.type(await screen.findByLabelText('Their name (optional)'), 'Alex');
    await user.click(screen.getByRole('button', { name: 'Add this tab’s profile' }));
    expect(await screen.findByText('X @newpartner is on your list, with Alex.')).toBeTruthy();
    expect(await stored()).toEqual([['Sam', ['instagram:someex']], ['Alex', ['x:newpartner']]]);
  });

  it('adds to the person picked, and then says whose it is', async () => {
    await peopleItem.setValue([sam]);
    const user = renderOn('https://www.instagram.com/someex_alt/');
    await user.selectOptions(await screen.findByLabelText('Whose profile is it?'), 'Sam');
    expect(screen.queryByLabelText('Their name (optional)')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add this tab’s profile' }));
    expect(await screen.findByText('Instagram @someex_alt is on your list, with Sam.')).toBeTruthy();
    expect(await stored()).toEqual([['Sam', ['instagram:someex', 'instagram:someex_alt']]]);
  });

  it('does not offer a person whose removal waits', async () => {
    await peopleItem.setValue([sam]);
    await requestWeakening({ kind: 'remove-person', personId: 'sam' });
    renderOn('https://x.com/newpartner');
    await screen.findByRole('button', { name: 'Add this tab’s profile' });
    await waitFor(() => expect(screen.queryByLabelText('Whose profile is it?')).toBeNull());
    expect(screen.getByLabelText('Their name (optional)')).toBeTruthy();
  });
});
