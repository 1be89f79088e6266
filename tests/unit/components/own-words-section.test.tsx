import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OwnWordsSection } from '../../../components/OwnWordsSection';
import { ScheduleSettings } from '../../../components/ScheduleSettings';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { watchOwnWords } from '../../../platform/signals/own-words';
import { watchPending } from '../../../platform/signals/pending';
import { watchSettings } from '../../../platform/signals/settings';
import { settingsItem } from '../../../platform/storage/keys';
import { loadOwnWords, savePlan } from '../../../platform/storage/own-words';
import { loadPending } from '../../../platform/storage/pending';
import { loadSettings } from '../../../platform/storage/settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the settings page: in your own words', () => {
  const show = () => render(<OwnWordsSection ownWords={watchOwnWords().state} settings={watchSettings().state} locale="en-GB" />);

  it('keeps a plan as it is written, lists it, and deletes it at once', async () => {
    show();
    expect(await screen.findByText('No plans yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'It is this time of day' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '22' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '1' } });
    fireEvent.input(screen.getByLabelText('I will…'), { target: { value: 'put the phone in the kitchen' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save the plan' }).closest('form')!);
    expect(await screen.findByText('Your plan for 22 – 01: put the phone in the kitchen')).toBeTruthy();
    expect((await loadOwnWords()).plans).toEqual([expect.objectContaining({ when: { kind: 'hours', from: 22, to: 1 }, then: 'put the phone in the kitchen' })]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete the plan for 22 – 01' }));
    expect(await screen.findByText('Plan deleted.')).toBeTruthy();
    expect((await loadOwnWords()).plans).toEqual([]);
  });

  it('makes room for five plans and then says so', async () => {
    for (let i = 0; i < 5; i++) await savePlan({ id: `p${i}`, when: { kind: 'trigger', trigger: 'bored' }, then: `walk ${i}` });
    show();
    expect(await screen.findByText('You have five plans, the most there is room for. Delete one to make another.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the plan' })).toBeNull();
  });

  it('keeps two or three reasons, leaving empty lines out', async () => {
    show();
    const first = await screen.findByLabelText('Reason 1');
    fireEvent.input(first, { target: { value: 'I want my evenings back' } });
    fireEvent.input(screen.getByLabelText('Reason 3'), { target: { value: '  They chose to leave  ' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Save my reasons' }).closest('form')!);
    await waitFor(() => expect(screen.getByText('Saved.')).toBeTruthy());
    expect((await loadOwnWords()).reasons).toEqual(['I want my evenings back', 'They chose to leave']);
  });

  it('keeps the day of the breakup, and clears it', async () => {
    show();
    const field = await screen.findByLabelText('The day of the breakup (optional)');
    fireEvent.change(field, { target: { value: '2026-10-20' } });
    await waitFor(async () => expect((await loadSettings()).breakupDate).toBe('2026-10-20'));
    fireEvent.click(await screen.findByRole('button', { name: 'Clear the date' }));
    await waitFor(async () => expect((await loadSettings()).breakupDate).toBeNull());
  });
});

describe('the settings page: stricter hours', () => {
  const show = () => render(<ScheduleSettings settings={watchSettings().state} pending={[]} locale="en-GB" />);

  it('adds stricter hours at once', async () => {
    show();
    await screen.findByText('No stricter hours.');
    fireEvent.change(screen.getByLabelText('In those hours'), { target: { value: 'strict' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Add stricter hours' }).closest('form')!);
    await waitFor(async () => expect((await loadSettings()).schedules).toEqual([{ from: 22, to: 1, strict: true, breathSeconds: 0 }]));
    expect(await loadPending()).toEqual([]);
  });

  it('says so when the hours start and end at the same time, keeps the choice, and adds once the end is changed', async () => {
    show();
    await screen.findByText('No stricter hours.');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '1' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Add stricter hours' }).closest('form')!);
    expect(screen.getByRole('alert').textContent).toBe('Those hours start and end at the same time. Choose a different “To”.');
    expect((screen.getByLabelText('From') as HTMLSelectElement).value).toBe('1');
    expect((await loadSettings()).schedules).toEqual([]);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '5' } });
    expect(screen.getByRole('alert').textContent).toBe('');
    fireEvent.submit(screen.getByRole('button', { name: 'Add stricter hours' }).closest('form')!);
    await waitFor(async () => expect((await loadSettings()).schedules).toEqual([{ from: 1, to: 5, strict: false, breathSeconds: 60 }]));
  });

  it('removing one waits out the cooling-off, and says when', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, schedules: [{ from: 22, to: 1, strict: false, breathSeconds: 60 }] });
    const pending = watchPending().state;
    const { rerender } = render(<ScheduleSettings settings={watchSettings().state} pending={pending.value} locale="en-GB" />);
    const list = await screen.findByRole('list');
    expect(within(list).getByText(/^22 – 01: a breath of at least 60 seconds/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove the stricter hours 22 – 01' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^That loosens your protection, so it waits\. From .*, the stricter hours change\./));
    expect((await loadSettings()).schedules).toHaveLength(1);
    expect(await loadPending()).toEqual([expect.objectContaining({ kind: 'settings', patch: { schedules: [] } })]);
    rerender(<ScheduleSettings settings={watchSettings().state} pending={await loadPending()} locale="en-GB" />);
    expect(await screen.findByRole('button', { name: 'Keep the stricter hours as they are' })).toBeTruthy();
  });
});
