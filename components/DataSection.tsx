import { useState } from 'preact/hooks';
import { makeBackup, mergeBackup, type MergePreview, readBackup, type Backup } from '../lib/backup';
import { importBackup, loadBackupData } from '../lib/storage';
import { urgesToCsv } from '../lib/urge-csv';
import { download } from './download';
import { requestWeakening } from './pending-signal';

interface Props {
  readonly now?: () => number;
  readonly save?: typeof download;
}

type Stage =
  | { readonly kind: 'idle'; readonly message?: string; readonly problem?: string }
  | { readonly kind: 'preview'; readonly backup: Backup; readonly preview: MergePreview; readonly fileName: string }
  | { readonly kind: 'confirm-delete' };

const today = (now: number) => new Date(now).toISOString().slice(0, 10);

/** Export, import and delete: the user's data, in the user's hands. */
export function DataSection({ now = Date.now, save = download }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  const exportBackup = async () => {
    const backup = makeBackup(await loadBackupData(), now());
    save(`letting-go-backup-${today(now())}.json`, JSON.stringify(backup, null, 2), 'application/json');
    setStage({ kind: 'idle', message: `Backup saved: ${backup.people.length} ${backup.people.length === 1 ? 'person' : 'people'}, ${backup.urges.length} ${backup.urges.length === 1 ? 'urge' : 'urges'}.` });
  };
  const exportCsv = async () => {
    const { urges } = await loadBackupData();
    save(`letting-go-urges-${today(now())}.csv`, urgesToCsv(urges), 'text/csv;charset=utf-8');
    setStage({ kind: 'idle', message: `Urges saved as a spreadsheet: ${urges.length} ${urges.length === 1 ? 'row' : 'rows'}.` });
  };
  const chooseFile = async (file: File | undefined) => {
    if (file === undefined) return;
    const read = readBackup(await file.text(), file.size);
    if (!read.ok) {
      setStage({ kind: 'idle', problem: `“${file.name}”: ${read.message}` });
      return;
    }
    const { preview } = mergeBackup(await loadBackupData(), read.backup);
    setStage({ kind: 'preview', backup: read.backup, preview, fileName: file.name });
  };

  return (
    <div class="data">
      <div class="actions">
        <button type="button" onClick={() => void exportBackup()}>
          Export a full backup (JSON)
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          Export urges (CSV)
        </button>
      </div>
      <div class="field import">
        <label for="import-file">Import a backup</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            void chooseFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
        <p class="hint">Adds what the backup has and this browser doesn’t. Nothing here is removed or overwritten.</p>
      </div>

      {stage.kind === 'preview' && (
        <div class="note" role="region" aria-label="Import preview">
          <p>
            <strong>“{stage.fileName}”</strong> would add {stage.preview.newProfiles} {stage.preview.newProfiles === 1 ? 'profile' : 'profiles'},{' '}
            {stage.preview.newUrges} {stage.preview.newUrges === 1 ? 'urge' : 'urges'} and {stage.preview.newWeekNotes}{' '}
            {stage.preview.newWeekNotes === 1 ? 'week note' : 'week notes'}.
            {stage.preview.knownProfiles + stage.preview.knownUrges > 0 &&
              ` ${stage.preview.knownProfiles + stage.preview.knownUrges} already here ${stage.preview.knownProfiles + stage.preview.knownUrges === 1 ? 'is' : 'are'} skipped.`}{' '}
            Your settings stay as they are.
          </p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              onClick={() =>
                void importBackup(stage.backup).then(() =>
                  setStage({ kind: 'idle', message: `Imported ${stage.preview.newProfiles} ${stage.preview.newProfiles === 1 ? 'profile' : 'profiles'} and ${stage.preview.newUrges} ${stage.preview.newUrges === 1 ? 'urge' : 'urges'}.` }),
                )
              }
            >
              Add to my data
            </button>
            <button type="button" class="quiet" onClick={() => setStage({ kind: 'idle', message: 'Import cancelled. Nothing was changed.' })}>
              Cancel
            </button>
          </div>
        </div>
      )}

      {stage.kind === 'confirm-delete' ? (
        <div class="note danger-zone" role="region" aria-label="Delete everything">
          <p>
            This removes your list, your log, your reflections and your settings from this browser, and visits are no longer paused. Like any
            change that loosens protection, it happens after your cooling-off period; after that it can’t be undone, so export a backup first if
            you might want them back.
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() =>
                void requestWeakening({ kind: 'delete-everything' }).then(() =>
                  setStage({ kind: 'idle', message: 'Your data will be deleted once the cooling-off period has passed. Until then, visits still pause, and you can cancel it.' }),
                )
              }
            >
              Yes, delete everything
            </button>
            <button type="button" class="primary" onClick={() => setStage({ kind: 'idle' })}>
              Keep my data
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="quiet danger" onClick={() => setStage({ kind: 'confirm-delete' })}>
          Delete all my data…
        </button>
      )}

      <p role="status" class="feedback">
        {stage.kind === 'idle' ? (stage.message ?? '') : ''}
      </p>
      <p role="alert" class="feedback problem">
        {stage.kind === 'idle' ? (stage.problem ?? '') : ''}
      </p>
    </div>
  );
}
