import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LetterPage } from '../../../entrypoints/letter/LetterPage';
import { deleteLetter, loadLetters, saveLetter } from '../../../platform/storage/own-words';
import { useLanguage } from '../messages';

const now = new Date('2026-11-26T21:00').getTime();
beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const show = (done = vi.fn()) => {
  let n = 0;
  render(<LetterPage load={loadLetters} save={saveLetter} remove={deleteLetter} done={done} now={() => now + n * 60_000} newId={() => `letter-${++n}`} locale="en-GB" />);
  return done;
};

describe('a letter never sent', () => {
  it('keeps what was written on this device and says nothing was sent', async () => {
    show();
    expect(await screen.findByText('No letters yet.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Your letter'), { target: { value: '  I wanted you to know that I am doing better.  ' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Keep it here' }).closest('form')!);
    expect(await screen.findByText('Kept on this device. Nothing was sent.')).toBeTruthy();
    expect((screen.getByLabelText('Your letter') as HTMLTextAreaElement).value).toBe('');
    expect(await loadLetters()).toEqual([{ id: 'letter-1', at: now + 60_000, text: 'I wanted you to know that I am doing better.' }]);
    expect(await screen.findByText('I wanted you to know that I am doing better.')).toBeTruthy();
  });

  it('reads an earlier letter in full on asking, and deletes it at once', async () => {
    await saveLetter({ id: 'old', at: now - 3_600_000, text: `${'So much I never said. '.repeat(8)}The end.` });
    show();
    const opening = await screen.findByText(/^So much I never said\..*…$/);
    expect(opening.textContent!.length).toBeLessThan(70);
    fireEvent.click(screen.getByRole('button', { name: 'Read' }));
    expect(screen.getByText(/The end\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Delete the letter of / }));
    await waitFor(() => expect(screen.getByText('No letters yet.')).toBeTruthy());
    expect(await loadLetters()).toEqual([]);
  });

  it('"Done" leaves; an empty letter is not kept', async () => {
    const done = show();
    fireEvent.submit(screen.getByRole('button', { name: 'Keep it here' }).closest('form')!);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(done).toHaveBeenCalledOnce();
    expect(await loadLetters()).toEqual([]);
  });

  it('speaks Spanish', async () => {
    useLanguage('es');
    show();
    expect(await screen.findByText('Todavía no hay cartas.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Una carta que no envías');
  });
});
