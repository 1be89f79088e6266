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
import { newUrge } from '../../../lib/urge';

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
    ['future.json', '{"format":"letting-go-backup","version":2,"people":[],"urges":[]}', /newer version/],
  ])('refuses %s with a reason and changes nothing', async (name, text, message) => {
    const before = await loadBackupData();
    const { user } = show();
    await user.upload(screen.getByLabelText('Import a backup'), file(name, text));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toMatch(message));
    expect(alert.textContent).toMatch(new RegExp(`^“${name}”: .*Nothing was changed\\.$`));
    expect(await loadBackupData()).toEqual(before);
  });

  it('deletes everything only after a second, explicit yes, and after the cooling-off period', async () => {
    const { user } = show();
    await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    await user.click(screen.getByRole('button', { name: 'Keep my data' }));
    await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Your data will be deleted once the cooling-off period has passed/));
    expect((await loadBackupData()).urges).toHaveLength(1);
    expect(readPending(await pendingChangesItem.getValue())).toEqual([expect.objectContaining({ kind: 'delete-everything' })]);
  });
});
