import { useState } from 'preact/hooks';
import { type Backup, MAX_BACKUP_BYTES, makeBackup, mergeBackup, type MergePreview, readBackup } from '../lib/backup';
import { importBackup, loadBackupData } from '../platform/storage/backup';
import { requestWeakening } from '../platform/storage/pending';
import { urgesToCsv } from '../lib/urge-csv';
import { download } from '../platform/download';
import { t } from '../platform/i18n';
import { rich } from './rich';
import { saveProblem } from './saving';
import { systemClock } from '../lib/clock';

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
export function DataSection({ now = systemClock, save = download }: Props) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  const exportBackup = async () => {
    const backup = makeBackup(await loadBackupData(), now());
    save(`letting-go-backup-${today(now())}.json`, JSON.stringify(backup, null, 2), 'application/json');
    setStage({ kind: 'idle', message: t('data.backupSaved', { people: t('count.people', backup.people.length), urges: t('count.urges', backup.urges.length) }) });
  };
  const exportCsv = async () => {
    const { urges } = await loadBackupData();
    save(`letting-go-urges-${today(now())}.csv`, urgesToCsv(t, urges), 'text/csv;charset=utf-8');
    setStage({ kind: 'idle', message: t('data.csvSaved', { rows: t('count.rows', urges.length) }) });
  };
  const chooseFile = async (file: File | undefined) => {
    if (file === undefined) return;
    // Refused by its size before a byte of it is read: a 50 MB file must not freeze the page.
    const read = file.size > MAX_BACKUP_BYTES ? readBackup(t, '', now(), file.size) : readBackup(t, await file.text(), now(), file.size);
    if (!read.ok) {
      setStage({ kind: 'idle', problem: t('data.fileProblem', { file: file.name, problem: read.message }) });
      return;
    }
    const { preview } = mergeBackup(await loadBackupData(), read.backup);
    setStage({ kind: 'preview', backup: read.backup, preview, fileName: file.name });
  };

  return (
    <div class="data">
      <div class="actions">
        <button type="button" onClick={() => void exportBackup()}>
          {t('data.exportBackup')}
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          {t('data.exportCsv')}
        </button>
      </div>
      <div class="field import">
        <label for="import-file">{t('data.importLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            void chooseFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
        <p class="hint">{t('data.importHint')}</p>
      </div>

      {stage.kind === 'preview' && (
        <ImportPreview stage={stage} done={(message) => setStage({ kind: 'idle', message })} failed={(problem) => setStage({ kind: 'idle', problem })} />
      )}

      {stage.kind === 'confirm-delete' ? (
        <div class="note danger-zone" role="region" aria-label={t('data.deleteLabel')}>
          <p>{t('data.deleteWarning')}</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() =>
                void requestWeakening({ kind: 'delete-everything' }).then(
                  () => setStage({ kind: 'idle', message: t('data.deleteRequested') }),
                  (error: unknown) => setStage({ kind: 'idle', problem: saveProblem(error) }),
                )
              }
            >
              {t('data.deleteConfirm')}
            </button>
            <button type="button" class="primary" onClick={() => setStage({ kind: 'idle' })}>
              {t('data.keep')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="quiet danger" onClick={() => setStage({ kind: 'confirm-delete' })}>
          {t('data.deleteAll')}
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

/** What importing the chosen file would add, before anything is changed. */
function ImportPreview({ stage, done, failed }: { stage: Extract<Stage, { kind: 'preview' }>; done: (message: string) => void; failed: (problem: string) => void }) {
  const { preview } = stage;
  const known = preview.knownProfiles + preview.knownUrges;
  const profiles = t('count.profiles', preview.newProfiles);
  const urges = t('count.urges', preview.newUrges);
  return (
    <div class="note" role="region" aria-label={t('data.previewLabel')}>
      <p>
        {rich('data.preview', { file: <strong>{t('data.file', { file: stage.fileName })}</strong>, profiles, urges, weekNotes: t('count.weekNotes', preview.newWeekNotes) })}
        {known > 0 && ` ${t('data.skipped', known)}`} {t('data.settingsStay')}
      </p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() =>
            // All or nothing: a failed import has changed nothing, and says so.
            void importBackup(stage.backup).then(
              () => done(t('data.imported', { profiles, urges })),
              (error: unknown) => failed(t('data.importFailed', { problem: saveProblem(error) })),
            )
          }
        >
          {t('data.add')}
        </button>
        <button type="button" class="quiet" onClick={() => done(t('data.cancelled'))}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
