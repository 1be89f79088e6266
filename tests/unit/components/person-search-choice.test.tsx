import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readPending } from '../../../lib/commitment';
import { searchOf } from '../../../lib/person-search';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';
import { pendingChangesItem, peopleItem, searchStatusItem } from '../../../platform/storage/keys';
import { loadPeople } from '../../../platform/storage/people';
import { watchPending } from '../../../platform/signals/pending';
import { watchPeople } from '../../../platform/signals/people';
import { watchOwnWords } from '../../../platform/signals/own-words';
import { watchSettings } from '../../../platform/signals/settings';

const at = new Date('2026-11-20T12:00').getTime();
const sam = { id: 'sam', name: 'Sam Smith', relationship: 'ex', addedAt: at, profiles: [{ key: 'instagram:samsmith92', addedAt: at }, { key: 'facebook:100004523', addedAt: at }] };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function renderOptions() {
  render(<OptionsPage state={watchPeople().state} pending={watchPending().state} settings={watchSettings().state} ownWords={watchOwnWords().state} />);
  return userEvent.setup();
}

const choice = () => screen.findByRole('checkbox', { name: 'Pause searches for them' });
const samSearch = async () => searchOf((await loadPeople()).value.find((person) => person.id === 'sam')!);
const terms = () => within(screen.getByRole('list', { name: 'Terms watched in searches for Sam Smith' })).getAllByRole('listitem').map((item) => item.textContent);

describe('“Pause searches for them”, in each person’s section', () => {
  it('shows the terms it watches: their name and handles (never an id nobody types)', async () => {
    await peopleItem.setValue([sam]);
    renderOptions();
    expect(await choice()).toHaveProperty('checked', false);
    expect(terms()).toEqual(['Sam Smith (their name)', '@samsmith92 (a handle)']);
    // Said before the click that asks for it.
    expect(await screen.findByText(/Letting Go needs your permission to see the search engines’ pages/)).toBeTruthy();
  });

  it('a first name alone is not watched, and says so', async () => {
    await peopleItem.setValue([{ ...sam, name: 'Sam', profiles: [] }]);
    renderOptions();
    await choice();
    expect(screen.getByText(/“Sam” alone is not watched: a first name on its own would pause searches for everyone called that/)).toBeTruthy();
  });

  it('turning it on is instant, and asks for the search engines from that very click', async () => {
    await peopleItem.setValue([sam]);
    const asked = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const user = renderOptions();
    await user.click(await choice());
    expect(asked).toHaveBeenCalledOnce();
    expect((asked.mock.calls[0]![0] as { origins: string[] }).origins).toContain('*://*.google.de/*');
    await waitFor(async () => expect(await samSearch()).toEqual({ on: true, terms: [] }));
    expect(await choice()).toHaveProperty('checked', true);
  });

  it('access refused: the networks are still covered, the engines are not, and it can be asked again', async () => {
    await peopleItem.setValue([{ ...sam, search: { on: false, terms: [] } }]);
    const user = renderOptions();
    await user.click(await choice());
    expect(await screen.findByText(/Covered on the twelve networks’ own searches. Not yet on the search engines Google, Bing, DuckDuckGo, Yahoo, Ecosia, Brave Search, Startpage, Yandex./)).toBeTruthy();
    expect(await screen.findByText(/Access was not given/)).toBeTruthy();
    const again = vi.mocked(fakeBrowser.permissions.request);
    again.mockClear();
    await user.click(screen.getByRole('button', { name: 'Allow on search engines' }));
    expect(again).toHaveBeenCalledOnce();
  });

  it('says which engines are covered once access is given', async () => {
    await peopleItem.setValue([{ ...sam, search: { on: true, terms: [] } }]);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    renderOptions();
    expect(await screen.findByText('Covered on the search engines Google, Bing, DuckDuckGo, Yahoo, Ecosia, Brave Search, Startpage, Yandex, and on the twelve networks’ own searches.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Allow on search engines' })).toBeNull();
  });

  it('turning it off waits out the cooling-off, told beside it, and can be kept', async () => {
    await peopleItem.setValue([{ ...sam, search: { on: true, terms: [] } }]);
    const user = renderOptions();
    await user.click(await choice());
    await waitFor(async () => expect(readPending(await pendingChangesItem.getValue())).toMatchObject([{ kind: 'search-off', personId: 'sam' }]));
    expect(await samSearch()).toEqual({ on: true, terms: [] });
    expect(await choice()).toHaveProperty('checked', true);
    const section = within((await choice()).closest('.person-search') as HTMLElement);
    expect(await section.findByText(/^Searches for Sam Smith stop being paused /)).toBeTruthy();
    expect(section.getByRole('status').textContent).toMatch(/^That loosens your protection, so it waits. Searches for Sam Smith stop being paused on /);
    await user.click(screen.getByRole('button', { name: 'Keep pausing searches for Sam Smith' }));
    await waitFor(async () => expect(readPending(await pendingChangesItem.getValue())).toEqual([]));
  });

  it('adding a term is instant; the same words twice are refused; removing one waits', async () => {
    await peopleItem.setValue([{ ...sam, search: { on: true, terms: [] } }]);
    const user = renderOptions();
    await choice();
    await user.type(screen.getByLabelText('Another name for Sam Smith'), 'Sammy');
    await user.click(screen.getByRole('button', { name: 'Add term' }));
    await waitFor(async () => expect((await samSearch()).terms).toEqual(['Sammy']));
    await waitFor(() => expect(terms()).toContain('Sammy Stop watching “Sammy”'));
    await user.type(screen.getByLabelText('Another name for Sam Smith'), 'SAMMY!');
    await user.click(screen.getByRole('button', { name: 'Add term' }));
    expect(await screen.findByText('That term is watched already.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop watching “Sammy”' }));
    await waitFor(async () => expect(readPending(await pendingChangesItem.getValue())).toMatchObject([{ kind: 'remove-search-term', personId: 'sam', term: 'Sammy' }]));
    expect((await samSearch()).terms).toEqual(['Sammy']);
    expect(await screen.findByRole('button', { name: 'Keep watching “Sammy”' })).toBeTruthy();
  });

  it('says plainly when the browser’s limits left terms without a request rule', async () => {
    await peopleItem.setValue([{ ...sam, search: { on: true, terms: [] } }]);
    await searchStatusItem.setValue({ uncovered: 2, failed: false });
    renderOptions();
    expect(await screen.findByText(/2 terms are paused only once their page starts to load/)).toBeTruthy();
  });
});
