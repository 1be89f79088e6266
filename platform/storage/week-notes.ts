import { readWeekNotes } from '../../lib/week-notes';
import { weekNotesItem } from './keys';
import { withLock } from './locks';

export async function loadWeekNotes(): Promise<Record<string, string>> {
  return readWeekNotes(await weekNotesItem.getValue());
}

/** Keeps the note for one week, under a lock; entries this version cannot read stay as they were. */
export async function saveWeekNote(week: string, note: string): Promise<void> {
  await withLock('week-notes', async () => {
    const stored = await weekNotesItem.getValue();
    const kept = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
    await weekNotesItem.setValue({ ...kept, [week]: note });
  });
}

/** Deletes the note for one week at once (privacy never waits); every other note stays. */
export async function deleteWeekNote(week: string): Promise<void> {
  await withLock('week-notes', async () => {
    const stored = await weekNotesItem.getValue();
    if (stored === null || typeof stored !== 'object' || Array.isArray(stored) || !(week in stored)) return;
    await weekNotesItem.setValue(Object.fromEntries(Object.entries(stored).filter(([key]) => key !== week)));
  });
}
