import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DataSection } from '../../../components/DataSection';
import { t } from '../../../platform/i18n';
import { makeBackup, readBackup } from '../../../lib/backup';
import { readPending } from '../../../lib/commitment';
import { loadBackupData } from '../../../platform/storage/backup';
import { pendingChangesItem, peopleItem } from '../../../platform/storage/keys';
import { saveUrge } from '../../../platform/storage/urges';
import { loadEvents, saveEvent } from '../../../platform/storage/log';
import { loadWeekNotes, saveWeekNote } from '../../../platform/storage/week-notes';
import { applyDueChanges } from '../../../platform/background/cooling-off';
import { watchPending } from '../../../platform/signals/pending';
import { newUrge } from '../../../lib/urge';
import { pinClock } from '../clock';

const now = new Date('2026-11-26T21:00').getTime();
const mine = {
  people: [{ id: 'a', name: 'Sam', relationship: 'ex', addedAt: now - 86_400_000, profiles: [{ key: 'instagram:someex', addedAt: now - 86_400_000 }] }],
  urge: newUrge({ id: 'u1', at: now - 1000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back', triggers: ['lonely'] }),
};

beforeEach(async () => {
  fakeBrowser.reset();
  await peopleItem.setValue(mine.people);
  await saveUrge(mine.urge);
});
afterEach(cleanup);

function show() {
  const save = vi.fn<(name: string, text: string, type: string) => void>();
  render(<DataSection now={() => now} save={save} />);
  return { save, user: userEvent.setup() };
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('your data', () => {
  it('exports a full backup that reads back as the same data', async () => {
    const { save, user } = show();
    await user.click(screen.getByRole('button', { name: 'Export a full backup (JSON)' }));
    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    const [name, text, type] = save.mock.calls[0]!;
    expect([name, type]).toEqual(['letting-go-backup-2026-11-26.json', 'application/json']);
    const read = readBackup(t, text, now);
    expect(read.ok && read.backup.people).toEqual(mine.people);
    expect(read.ok && read.backup.urges).toEqual([mine.urge]);
    expect(screen.getByRole('status').textContent).toBe('Backup saved: 1 person, 1 urge.');
  });

  it('exports the urges as CSV', async () => {
    const { save, user } = show();
    await user.click(screen.getByRole('button', { name: 'Export urges (CSV)' }));
    await waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save.mock.calls[0]![0]).toBe('letting-go-urges-2026-11-26.csv');
    expect(save.mock.calls[0]![1]).toContain('Instagram @someex');
  });

  it('previews an import, then adds only what is new', async () => {
    const { user } = show();
    const backup = makeBackup(
      {
        people: [{ id: 'b', name: 'Alex', relationship: 'ex', addedAt: now - 2 * 86_400_000, profiles: [{ key: 'x:alex', addedAt: now - 2 * 86_400_000 }, { key: 'instagram:someex', addedAt: now - 2 * 86_400_000 }] }],
        urges: [mine.urge, newUrge({ id: 'u2', at: now - 5000, profileKey: 'x:alex', source: 'app', outcome: 'continued' })],
        weekNotes: {},
        letters: [],
        ownWords: { plans: [], reasons: [] },
      },
      now,
    );
    await user.upload(screen.getByLabelText('Import a backup'), file('old.json', JSON.stringify(backup)));
    const preview = await screen.findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toContain('would add 1 profile, 1 urge and 0 week notes. 2 already here are skipped.');
    expect((await loadBackupData()).urges).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Add to my data' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 1 profile and 1 urge.'));
    const data = await loadBackupData();
    expect(data.people.map((person) => [person.name, person.profiles.map((profile) => profile.key)])).toEqual([
      ['Sam', ['instagram:someex']],
      ['Alex', ['x:alex']],
    ]);
    expect(data.urges.map((urge) => urge.id).sort()).toEqual(['u1', 'u2']);
  });

  it.each([
    ['cut.json', '{"format":"letting-go-backup","version":1,"peo', /not valid JSON/],
    ['photo.json', '\u0089PNG', /not valid JSON/],
    ['other.json', '{"hello":"world"}', /not a Letting Go backup/],
    ['future.json', '{"format":"letting-go-backup","version":3,"people":[],"urges":[]}', /newer version/],
  ])('refuses %s with a reason and changes nothing', async (name, text, message) => {
    const before = await loadBackupData();
    const { user } = show();
    await user.upload(screen.getByLabelText('Import a backup'), file(name, text));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toMatch(message));
    expect(alert.textContent).toMatch(new RegExp(`^“${name}”: .*Nothing was changed\\.$`));
    expect(await loadBackupData()).toEqual(before);
  });

});

describe('privacy now, protection later', () => {
  // Tuesday 1 December 2026, 7:07 PM in the tests' zone: a day's cooling-off ends on Wednesday.
  const asked = new Date('2026-12-01T19:07').getTime();
  beforeEach(async () => {
    pinClock(asked);
    await saveUrge(newUrge({ id: 'u2', at: asked - 1000, profileKey: 'instagram:someex', source: 'load', hopingToFind: 'whether they are happy', reflection: 'I felt worse.' }));
    await saveWeekNote('2026-11-23', 'Something I don’t want anyone to read.');
    await saveEvent({ id: 'e', at: asked - 2000, kind: 'protection-paused', detail: '1 day' });
  });

  /** The data section as the settings page shows it, with the waiting changes kept in step. */
  function showWithPending() {
    const pending = watchPending().state;
    function Harness() {
      return <DataSection pending={pending.value} coolingOffHours={24} />;
    }
    render(<Harness />);
    return userEvent.setup();
  }
  const logLeft = async () => {
    const everything = await fakeBrowser.storage.local.get(null);
    return Object.keys(everything).filter((key) => /^(urge|event):/.test(key)).length + Object.keys(await loadWeekNotes()).length;
  };

  it('the log and every note can be deleted right away, after a clear yes; the list and settings stay', async () => {
    const user = showWithPending();
    const open = screen.getByRole('button', { name: 'Delete my log and notes now…' });
    await user.click(open);
    const region = screen.getByRole('region', { name: 'Delete my log and notes' });
    expect(region.textContent).toContain('This deletes every urge you logged, with its notes and reflections, your week notes, your letters, plans and reasons, and the rest of your log from this browser, right now.');
    expect(region.textContent).toContain('Your list of people and profiles and your settings stay, so visits still pause.');
    await waitFor(() => expect(document.activeElement?.textContent).toMatch(/^This deletes every urge/));

    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(await logLeft()).toBe(4);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete my log and notes now…' })));

    await user.click(screen.getByRole('button', { name: 'Delete my log and notes now…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete my log and notes' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your log and notes are deleted.'));
    expect(await logLeft()).toBe(0);
    expect((await loadBackupData()).people).toEqual(mine.people);
    expect(readPending(await pendingChangesItem.getValue())).toEqual([]);
  });

  it('“Delete everything” says which part goes now and which on what date, and does exactly that', async () => {
    const user = showWithPending();
    await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    await user.click(screen.getByRole('button', { name: 'Keep my data' }));
    await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    expect(screen.getByRole('region', { name: 'Delete everything' }).textContent).toBe(
      'Your log and notes (every urge, note, reflection, week note, letter, plan and reason) are deleted right away. Your list of people and profiles and your settings are deleted on Wednesday, December 2 at 7:07 PM, once your cooling-off period has passed: until then visits still pause, and you can change your mind. None of it can be undone, so export a backup first if you might want any of it back.' +
        'Yes, delete everythingKeep my data',
    );
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Your log and notes are deleted. Your list and your settings will be deleted on Wednesday, December 2 at 7:07 PM; until then visits still pause, and you can cancel that.',
      ),
    );
    // The log now; the list of people and profiles still protects until the cooling-off has passed.
    expect(await logLeft()).toBe(0);
    expect((await loadBackupData()).people).toEqual(mine.people);
    const [change] = readPending(await pendingChangesItem.getValue());
    expect(change).toMatchObject({ kind: 'delete-everything' });
    expect(change!.effectiveAt - change!.requestedAt).toBe(24 * 3_600_000);

    // Beside the button, for as long as it waits, with a way to keep the list right there.
    const note = await screen.findByText('Your list and settings are deleted on Wed, Dec 2, 7:07 PM');
    await waitFor(() => expect(document.activeElement).toBe(note.closest('p')));
    expect(screen.queryByRole('button', { name: 'Delete all my data…' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Keep my list and settings' }));
    const again = await screen.findByRole('button', { name: 'Delete all my data…' });
    await waitFor(() => expect(document.activeElement).toBe(again));
    expect(readPending(await pendingChangesItem.getValue())).toEqual([]);
  });

  it('once the cooling-off period has passed, the background deletes the rest', async () => {
    const user = showWithPending();
    await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(async () => expect(readPending(await pendingChangesItem.getValue())).toHaveLength(1));
    await applyDueChanges(asked + 25 * 3_600_000);
    expect((await loadBackupData()).people).toEqual([]);
    expect(readPending(await pendingChangesItem.getValue())).toEqual([]);
    expect(await loadEvents()).toEqual([expect.objectContaining({ kind: 'data-deleted' })]);
  });
});
