import { storage } from '#imports';
import { type BackupData, mergeBackup } from '../../lib/backup';
import { keepingUnreadable, sanitisePeople } from '../../lib/people';
import { storedUrge } from '../../lib/urge';
import { readWeekNotes } from '../../lib/week-notes';
import { readOwnWords } from '../../lib/own-words';
import { ownWordsItem, peopleItem, urgeDigestItem, weekNotesItem } from './keys';
import { letterKey, loadLetters, loadOwnWords } from './own-words';
import { withLock } from './locks';
import { loadPeople } from './people';
import { copyDigest } from './page-copy';
import { digestToStore, loadUrges, urgeKey } from './urges';
import { loadWeekNotes } from './week-notes';

/** Everything a backup holds, as stored now. */
export async function loadBackupData(): Promise<BackupData> {
  const everything = await storage.snapshot('local');
  const [people, urges, weekNotes, letters, ownWords] = await Promise.all([loadPeople(), loadUrges(everything), loadWeekNotes(), loadLetters(everything), loadOwnWords()]);
  return { people: people.value, urges: urges.value, weekNotes, letters, ownWords };
}

const bare = (key: string) => key.slice('local:'.length);

/**
 * Adds a backup's new entries to what is stored, all or nothing: people, urges (one key each,
 * never overwritten), week notes, letters (one key each), plans and reasons and the digest
 * counted again go to the browser in one write,
 * which it keeps whole or not at all (a full storage keeps nothing of it). Merged again inside
 * the locks, so an edit made since the preview is kept too.
 */
export async function importBackup(backup: BackupData): Promise<void> {
  await withLock('people', () =>
    withLock('urge-digest', () =>
      withLock('week-notes', () =>
        withLock('own-words', async () => {
          const everything = await storage.snapshot('local');
          const storedPeople = everything[bare(peopleItem.key)];
          const storedNotes = everything[bare(weekNotesItem.key)];
          const current = {
            people: sanitisePeople(storedPeople).value,
            urges: (await loadUrges(everything)).value,
            weekNotes: readWeekNotes(storedNotes),
            letters: await loadLetters(everything),
            ownWords: readOwnWords(everything[bare(ownWordsItem.key)]),
          };
          const { merged } = mergeBackup(current, backup);
          const known = new Set(current.urges.map((urge) => urge.id));
          const fresh = backup.urges.filter((urge) => !known.has(urge.id));
          const keptNotes = storedNotes !== null && typeof storedNotes === 'object' && !Array.isArray(storedNotes) ? storedNotes : {};
          const digest = digestToStore(merged.urges);
          await storage.setItems([
            { key: peopleItem.key, value: keepingUnreadable(merged.people, storedPeople) },
            // The people list's version mark, as `peopleItem.setValue` would write it.
            { key: `${peopleItem.key}$`, value: { v: 2 } },
            { key: weekNotesItem.key, value: { ...keptNotes, ...merged.weekNotes } },
            ...fresh.map((urge) => ({ key: urgeKey(urge.id), value: storedUrge(urge) })),
            ...merged.letters.filter((letter) => !current.letters.some((known) => known.id === letter.id)).map((letter) => ({ key: letterKey(letter.id), value: letter })),
            { key: ownWordsItem.key, value: merged.ownWords },
            { key: urgeDigestItem.key, value: digest },
          ]);
          copyDigest(digest);
        }),
      ),
    ),
  );
}
