import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PausePage } from '../../../entrypoints/pause/PausePage';
import { readPauseRequest } from '../../../lib/pause-request';

afterEach(cleanup);

describe('pause page (minimal)', () => {
  const request = readPauseRequest('chrome-extension://abc/pause.html?via=app&url=https://www.instagram.com/someex/tagged/')!;

  it('names the stopped profile and offers both ways, Go back first', async () => {
    const goBack = vi.fn(async () => undefined);
    const continueTo = vi.fn(async () => undefined);
    render(<PausePage request={request} goBack={goBack} continueTo={continueTo} />);
    expect(screen.getByRole('heading', { name: 'A moment before you look' })).toBe(document.activeElement);
    expect(screen.getByText(/You were about to open/).textContent).toBe('You were about to open Instagram @someex.');
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual(['Go back', 'Continue to profile']);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Go back' }));
    expect(goBack).toHaveBeenCalledOnce();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Continue to profile' }));
    expect(continueTo).toHaveBeenCalledWith(request);
  });

  it('offers nothing to open when the address is not a listed profile', () => {
    render(<PausePage request={null} goBack={async () => undefined} continueTo={async () => undefined} />);
    expect(screen.getByRole('heading', { name: 'Nothing to open here' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Continue to profile' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Go back' })).toBeTruthy();
  });
});
