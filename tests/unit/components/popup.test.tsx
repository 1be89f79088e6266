import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { watchPeople } from '../../../platform/signals/people';
import { watchSettings } from '../../../platform/signals/settings';
import { watchUrges } from '../../../platform/signals/urges';
import { Popup } from '../../../entrypoints/popup/Popup';
import { deleteEverything } from '../../../platform/storage/delete';
import { saveEvent } from '../../../platform/storage/log';
import { copiedFirstFrame } from '../../../platform/storage/page-copy';
import { loadPeople } from '../../../platform/storage/people';
import { loadFirstFrame, loadUrges, saveUrge, saveUrges } from '../../../platform/storage/urges';
import { newUrge } from '../../../lib/urge';
import { pinClock } from '../clock';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function renderPopup(tabUrl: string | undefined, now = Date.now()) {
  render(<Popup state={watchPeople().state} urges={watchUrges().state} settings={watchSettings().state} tabUrl={Promise.resolve(tabUrl)} now={now} locale="en-GB" />);
}

describe('popup: add this tab’s profile', () => {
  it('offers the current tab’s profile and adds it in one click', async () => {
    renderPopup('https://www.instagram.com/someex/reels/');
    expect(await screen.findByText('This tab shows Instagram @someex.')).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add this tab’s profile' }));
    expect(await screen.findByText('Instagram @someex is on your list.')).toBeTruthy();
    expect(await screen.findByText('1 profile pauses before opening.')).toBeTruthy();
    expect((await loadPeople()).value[0]?.profiles[0]?.key).toBe('instagram:someex');
  });

  it('offers nothing on a page that is not a profile', async () => {
    renderPopup('https://www.instagram.com/explore/');
    expect(await screen.findByText('No profiles listed yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add this tab’s profile' })).toBeNull();
  });

  it('offers nothing when the browser does not reveal the tab’s address', async () => {
    renderPopup(undefined);
    expect(await screen.findByText('No profiles listed yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add this tab’s profile' })).toBeNull();
  });

  it('explains kindly when the extension may not run in private windows', async () => {
    vi.spyOn(fakeBrowser.extension, 'isAllowedIncognitoAccess').mockResolvedValue(false);
    renderPopup(undefined);
    expect(await screen.findByText('Private windows aren’t covered yet.')).toBeTruthy();
    expect(screen.getByText(/turn on “Allow in Incognito”/)).toBeTruthy();
  });

  it('says nothing about private windows when they are covered', async () => {
    renderPopup(undefined);
    expect(await screen.findByText('No profiles listed yet.')).toBeTruthy();
    expect(screen.queryByText('Private windows aren’t covered yet.')).toBeNull();
  });
});

describe('popup: the week and the log', () => {
  // Thursday 26 November 2026, 21:00 in Berlin (TZ pinned); en-GB weeks start on Monday.
  const now = new Date('2026-11-26T21:00').getTime();
  const hour = 3_600_000;
  // The moment the scenario happens; urges logged by hand are stamped with it.
  beforeEach(() => pinClock(now));
  const seed = async () => {
    await saveUrge(newUrge({ id: 'a', at: now - 2 * hour, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back', strength: 7, triggers: ['lonely'] }));
    await saveUrge(newUrge({ id: 'b', at: now - 26 * hour, profileKey: 'instagram:someex', source: 'app', outcome: 'turned-back', triggers: ['lonely', 'bored'] }));
    await saveUrge(newUrge({ id: 'c', at: now - 50 * hour, profileKey: 'x:someex', source: 'load', outcome: 'continued', strength: 9 }));
    await saveUrge(newUrge({ id: 'old', at: now - 10 * 24 * hour, profileKey: 'x:someex', source: 'load', outcome: 'continued', feltAfter: 'worse' }));
  };

  it('shows this week in words a person reads at a glance', async () => {
    await seed();
    renderPopup(undefined, now);
    expect((await screen.findByText(/3 urges/)).closest('p')?.textContent).toBe('3 urges · 2 turned back · 1 look');
    expect(screen.getByText('Last week: 1 urge.')).toBeTruthy();
    // Counts, never a percentage.
    expect(document.body.textContent).not.toMatch(/%/);
    expect(screen.getByText('Most often: lonely. Average strength 8 of 10.')).toBeTruthy();
    expect(screen.getByText('2 days since you last looked.')).toBeTruthy();
    expect(screen.getByText('You have turned back 2 times in all. Longest run: 8 days.')).toBeTruthy();
    // The chart's numbers are there for screen readers too.
    expect(screen.getByRole('table', { name: 'Urges per day this week' })).toBeTruthy();
  });

  it('deletes one entry of the log at once, with its notes, after asking; "Keep it" keeps it', async () => {
    await seed();
    await saveUrge(newUrge({ id: 'private', at: now - hour, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back', hopingToFind: 'whether they moved on' }));
    renderPopup(undefined, now);
    const user = userEvent.setup();
    await screen.findByText('Hoping to find: whether they moved on');
    const deleteButtons = await screen.findAllByRole('button', { name: /^Delete the entry of / });
    await user.click(deleteButtons[0]!);
    expect(screen.getByText('Delete this entry and its notes now?')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Keep it');
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.getByText('Hoping to find: whether they moved on')).toBeTruthy();
    await user.click((await screen.findAllByRole('button', { name: /^Delete the entry of / }))[0]!);
    await user.click(screen.getByRole('button', { name: 'Delete now' }));
    await waitFor(() => expect(screen.queryByText('Hoping to find: whether they moved on')).toBeNull());
    expect((await loadUrges()).value.map((urge) => urge.id).sort()).toEqual(['a', 'b', 'c', 'old']);
    // The week no longer counts it.
    expect((await screen.findByText(/3 urges/)).closest('p')?.textContent).toBe('3 urges · 2 turned back · 1 look');
  });

  it('asks once how it felt after the last look, and keeps the answer with that urge', async () => {
    await seed();
    renderPopup(undefined, now);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Worse' }));
    await waitFor(async () => expect((await loadUrges()).value.find((urge) => urge.id === 'c')?.feltAfter).toBe('worse'));
    // The thanks stays, though the question is no longer pending once answered.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('Thank you. It will help you see your pattern.')).toBeTruthy();
    cleanup();
    renderPopup(undefined, now);
    await screen.findByText(/3 urges/);
    expect(screen.queryByRole('heading', { name: 'How do you feel after looking?' })).toBeNull();
  });

  it('lists recent urges newest first and takes a reflection later', async () => {
    await seed();
    renderPopup(undefined, now);
    const entries = await screen.findAllByText(/^(Turned back|Looked)$/, { selector: '.urge .outcome' });
    expect(entries.map((entry) => entry.textContent)).toEqual(['Turned back', 'Turned back', 'Looked', 'Looked']);
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button', { name: /^Add a reflection for/ })[0]!);
    await user.type(screen.getByLabelText('Your reflection'), 'I was tired, not really missing them.');
    await user.click(screen.getByRole('button', { name: 'Save reflection' }));
    await waitFor(async () => expect((await loadUrges()).value.find((urge) => urge.id === 'a')?.reflection).toBe('I was tired, not really missing them.'));
    expect(await screen.findByText('Reflection: I was tired, not really missing them.')).toBeTruthy();
  });

  it('logs an urge felt away from the browser', async () => {
    renderPopup(undefined, now);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Log an urge' }));
    await user.click(screen.getByRole('checkbox', { name: 'Can’t sleep' }));
    await user.click(screen.getByRole('radio', { name: '5' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Logged. Thank you for noticing it.')).toBeTruthy();
    await waitFor(async () =>
      expect((await loadUrges()).value).toEqual([expect.objectContaining({ source: 'manual', outcome: 'turned-back', triggers: ['cant-sleep'], strength: 5, profileKey: null })]),
    );
    await waitFor(() => expect(document.querySelector('.headline')?.textContent).toBe('1 urge · 1 turned back'));
  });

  it('records gaps in protection plainly among the urges', async () => {
    await seed();
    await saveEvent({ id: 'e1', at: now - 3 * hour, kind: 'profile-removed', detail: 'X @someex' });
    renderPopup(undefined, now);
    expect(await screen.findByText(/X @someex was taken off your list\./)).toBeTruthy();
  });

  it('shows notes as text, never as markup', async () => {
    await saveUrge(newUrge({ id: 'x', at: now - hour, profileKey: null, source: 'manual', hopingToFind: '<img src=x onerror="alert(1)">' }));
    renderPopup(undefined, now);
    expect(await screen.findByText('Hoping to find: <img src=x onerror="alert(1)">')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('popup: opening with a long log', () => {
  it('shows this week in its first frame from the digest, before every urge is read, and the same after', async () => {
    const at = Date.now();
    const old = Array.from({ length: 300 }, (_, i) =>
      newUrge({ id: `old${i}`, at: at - (20 + i) * 86_400_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' }),
    );
    await saveUrges([...old, newUrge({ id: 'today', at: at - 60_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' })]);
    // As popup/main.tsx does: one small read, then render.
    const first = await loadFirstFrame();
    const urges = watchUrges({ digest: first.digest });
    render(<Popup state={watchPeople().state} urges={urges.state} settings={watchSettings(first.settings).state} tabUrl={Promise.resolve(undefined)} now={at} locale="en-GB" />);
    expect(urges.state.value.loaded).toBe(false);
    expect(document.querySelector('.headline')?.textContent).toBe('1 urge · 1 turned back');
    expect(screen.getByText('You have turned back 301 times in all.', { exact: false })).toBeTruthy();
    await waitFor(() => expect(urges.state.value.loaded).toBe(true));
    expect(document.querySelector('.headline')?.textContent).toBe('1 urge · 1 turned back');
    expect(screen.getByText('You have turned back 301 times in all.', { exact: false })).toBeTruthy();
    expect(await screen.findAllByText('Turned back', { selector: '.urge .outcome' })).toHaveLength(5);
  });

  it('paints this week from the copy kept for the first frame, without waiting for any read', async () => {
    const at = Date.now();
    await saveUrges([
      newUrge({ id: 'a', at: at - 120_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' }),
      newUrge({ id: 'b', at: at - 60_000, profileKey: 'instagram:someex', source: 'load', outcome: 'continued' }),
    ]);
    // As popup/main.tsx does, in one task: no await between the copy and the render.
    const first = copiedFirstFrame(at);
    expect(first).not.toBeNull();
    render(<Popup state={watchPeople().state} urges={watchUrges({ digest: first!.digest }).state} settings={watchSettings(first!.settings).state} tabUrl={Promise.resolve(undefined)} now={at} locale="en-GB" />);
    expect(document.querySelector('.headline')?.textContent).toBe('2 urges · 1 turned back · 1 look');
  });

  it('a copy that missed a save is put right once every urge is read, and kept right for next time', async () => {
    const at = Date.now();
    await saveUrge(newUrge({ id: 'a', at: at - 120_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' }));
    const stale = copiedFirstFrame(at)!;
    // Written behind the digest's back, as a page closing between its two writes would leave it.
    await fakeBrowser.storage.local.set({ 'urge:b': { ...newUrge({ id: 'b', at: at - 60_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' }), v: 1 } });
    render(<Popup state={watchPeople().state} urges={watchUrges({ digest: stale.digest }).state} settings={watchSettings(stale.settings).state} tabUrl={Promise.resolve(undefined)} now={at} locale="en-GB" />);
    expect(document.querySelector('.headline')?.textContent).toBe('1 urge · 1 turned back');
    await waitFor(() => expect(document.querySelector('.headline')?.textContent).toBe('2 urges · 2 turned back'));
    await waitFor(() => expect(copiedFirstFrame(at)?.digest.recent.map((urge) => urge.id)).toEqual(['a', 'b']));
  });

  it('Delete everything removes the copy too', async () => {
    await saveUrge(newUrge({ id: 'a', at: Date.now(), profileKey: 'instagram:someex', source: 'load' }));
    expect(copiedFirstFrame()).not.toBeNull();
    await deleteEverything();
    expect(copiedFirstFrame()).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});
