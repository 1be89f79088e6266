import { act, cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DataSection } from '../../../components/DataSection';
import { LogUrgeForm } from '../../../components/LogUrgeForm';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { loadBackupData } from '../../../platform/storage/backup';
import { peopleItem, settingsItem } from '../../../platform/storage/keys';
import { loadUrges, saveUrge } from '../../../platform/storage/urges';
import { watchPending } from '../../../platform/signals/pending';
import { watchPeople } from '../../../platform/signals/people';
import { watchOwnWords } from '../../../platform/signals/own-words';
import { watchSettings } from '../../../platform/signals/settings';
import { WeekSettings } from '../../../components/WeekSettings';
import { reflections } from '../../../content/reflections';
import { OptionsPage } from '../../../entrypoints/options/OptionsPage';
import { PauseScreen } from '../../../entrypoints/pause/PauseScreen';
import { makeBackup, MAX_BACKUP_BYTES } from '../../../lib/backup';
import { pauseStory } from '../../../lib/pause-story';
import { newUrge } from '../../../lib/urge';
import { historyOf } from '../../../lib/urge-history';
import { fillToQuota } from '../quota';

const now = new Date('2026-11-26T21:00').getTime();
const FULL = /^Couldn’t save: the browser has no room left for Letting Go’s data\. Everything saved before is kept\./;
const sam = [{ id: 'a', name: 'Sam', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }] }];

beforeEach(async () => {
  fakeBrowser.reset();
  await peopleItem.setValue(sam);
  await settingsItem.setValue(DEFAULT_SETTINGS);
});
afterEach(cleanup);

describe('when the browser’s storage is full', () => {
  it('the pause page is still drawn, says its pause could not be saved, and Go back works', async () => {
    await fillToQuota();
    const urge = newUrge({ id: 'now', at: now, profileKey: 'instagram:someex', source: 'load', shownReflection: reflections[0]!.id });
    const goBack = vi.fn(async () => undefined);
    render(
      <PauseScreen
        urge={urge}
        unsaved
        reflection={reflections[0]!}
        story={pauseStory(historyOf([]), now, urge.id)}
        breathSeconds={10}
        strict={false}
        allowanceMinutes={5}
        save={saveUrge}
        goBack={goBack}
        continueTo={async () => undefined}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A moment before you look');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(FULL));
    const back = screen.getByRole('button', { name: 'Go back' });
    expect(back).toHaveProperty('disabled', false);
    await userEvent.setup().click(back);
    await waitFor(() => expect(goBack).toHaveBeenCalledOnce());
    expect((await loadUrges()).value).toEqual([]);
  });

  it('"Log an urge" says so instead of "Logged", and keeps what was filled in', async () => {
    await fillToQuota();
    render(<LogUrgeForm people={sam as never} save={saveUrge} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Log an urge' }));
    await user.click(screen.getByRole('checkbox', { name: 'Can’t sleep' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(FULL));
    expect(screen.queryByText('Logged. Thank you for noticing it.')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Can’t sleep' })).toHaveProperty('checked', true);
    expect((await loadUrges()).value).toEqual([]);
  });

  it('adding a profile says so, keeps the link in the field and the list as it was', async () => {
    await fillToQuota(10 * 1024 * 1024, 10);
    render(<OptionsPage state={watchPeople().state} pending={watchPending().state} settings={watchSettings().state} ownWords={watchOwnWords().state} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Profile URL'), 'https://www.instagram.com/someoneelse/');
    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    const people = within(screen.getByRole('region', { name: 'People and profiles' }));
    await waitFor(() => expect(people.getAllByRole('alert').map((alert) => alert.textContent).join('')).toMatch(FULL));
    expect(screen.getByLabelText('Profile URL')).toHaveProperty('value', 'https://www.instagram.com/someoneelse/');
    expect(await peopleItem.getValue()).toEqual(sam);
  });

  it('a settings change goes back to what is stored, and says so', async () => {
    // Exactly full: "false" is one letter longer than "true".
    await fillToQuota(10 * 1024 * 1024, 0);
    render(<WeekSettings settings={watchSettings().state} locale="en-GB" />);
    const user = userEvent.setup();
    const box = await screen.findByRole('checkbox', { name: /weekly summary/i });
    expect(box).toHaveProperty('checked', true);
    await user.click(box);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(FULL));
    expect(box).toHaveProperty('checked', true);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('an import is all or nothing: it changes nothing and says why', async () => {
    await saveUrge(newUrge({ id: 'mine', at: now - 1000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' }));
    const backup = makeBackup(
      {
        people: [{ id: 'b', name: 'Alex', relationship: 'ex', addedAt: now, profiles: [{ key: 'x:alex', addedAt: now }] }],
        urges: Array.from({ length: 50 }, (_, i) => newUrge({ id: `u${i}`, at: now - i * 60_000, profileKey: 'x:alex', source: 'load', outcome: 'turned-back', hopingToFind: 'a long note '.repeat(20) })),
        weekNotes: { '2026-11-23': 'A hard week.' },
        letters: [],
        ownWords: { plans: [], reasons: [] },
      },
      now,
    );
    const before = await fakeBrowser.storage.local.get(null);
    // Room for the people and a few urges, not for all of them: half an import would fit.
    await fillToQuota(10 * 1024 * 1024, 3000);
    const filled = await fakeBrowser.storage.local.get(null);
    render(<DataSection now={() => now} save={vi.fn()} />);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('Import a backup'), new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' }));
    await user.click(await screen.findByRole('button', { name: 'Add to my data' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Nothing was imported\. Couldn’t save: the browser has no room left/));
    expect(await fakeBrowser.storage.local.get(null)).toEqual(filled);
    expect(Object.keys(filled).filter((key) => key !== 'filler').sort()).toEqual(Object.keys(before).sort());
  });
});

describe('a backup file', () => {
  it('over the size limit is refused by its size, before a byte of it is read', async () => {
    render(<DataSection now={() => now} save={vi.fn()} />);
    const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(huge, 'size', { value: MAX_BACKUP_BYTES + 1 });
    const read = vi.spyOn(huge, 'text');
    await act(() => userEvent.setup().upload(screen.getByLabelText('Import a backup'), huge));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/too large/));
    expect(read).not.toHaveBeenCalled();
    expect((await loadBackupData()).people).toEqual(sam);
  });
});
