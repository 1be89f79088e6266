import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrivateWindowsNote } from '../../../components/PrivateWindowsNote';

afterEach(cleanup);

describe('PrivateWindowsNote', () => {
  it('tells Firefox users where to allow private windows', async () => {
    render(<PrivateWindowsNote isAllowed={async () => false} browser="firefox" />);
    expect((await screen.findByRole('note')).textContent).toMatch(/about:addons, choose Letting Go, and set “Run in Private Windows” to Allow/);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers Chrome users a button to the extension’s details', async () => {
    const openSettings = vi.fn();
    render(<PrivateWindowsNote isAllowed={async () => false} browser="chrome" openSettings={openSettings} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Open extension details' }));
    expect(openSettings).toHaveBeenCalledOnce();
  });

  it('confirms coverage on the settings page', async () => {
    render(<PrivateWindowsNote isAllowed={async () => true} browser="chrome" confirm />);
    expect(await screen.findByText('Letting Go also pauses visits in private windows.')).toBeTruthy();
  });
});
