import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { watchPeople } from '../../../components/people-signal';
import { Popup } from '../../../entrypoints/popup/Popup';
import { loadPeople } from '../../../lib/storage';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

function renderPopup(tabUrl: string | undefined) {
  const { state } = watchPeople();
  render(<Popup state={state} tabUrl={Promise.resolve(tabUrl)} />);
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
