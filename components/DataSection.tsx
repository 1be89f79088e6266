import { useEffect, useRef, useState } from 'preact/hooks';
import { type Backup, MAX_BACKUP_BYTES, makeBackup, mergeBackup, type MergePreview, readBackup } from '../lib/backup';
import { DEFAULT_COOLING_OFF_HOURS, type PendingChange } from '../lib/commitment';
import { importBackup, loadBackupData } from '../platform/storage/backup';
import { deleteLog } from '../platform/storage/delete';
import { cancelPending, requestWeakening } from '../platform/storage/pending';
import { urgesToCsv } from '../lib/urge-csv';
import { download } from '../platform/download';
import { locale as userLocale, t } from '../platform/i18n';
import { fullMoment, shortMoment } from './moment';
import { PendingNote } from './PendingNote';
import { rich } from './rich';
import { saveProblem } from './saving';
import { systemClock } from '../lib/clock';

interface Props {
  /** Waiting changes: a "Delete everything" that waits is told beside its button. */
  readonly pending?: readonly PendingChange[];
  /** How long the list and settings wait before "Delete everything" removes them. */
  readonly coolingOffHours?: number;
  readonly locale?: string;
  readonly now?: () => number;
  readonly save?: typeof download;
}

type Stage =
  | { readonly kind: 'idle'; readonly message?: string; readonly problem?: string }
  | { readonly kind: 'preview'; readonly backup: Backup; readonly preview: MergePreview; readonly fileName: string }
  | { readonly kind: 'confirm-delete-log' }
  | { readonly kind: 'confirm-delete' };

/** Where the focus goes once the control it was on has gone. */
type Focus = 'delete-log' | 'delete-all' | 'warning' | 'waiting' | null;

const today = (now: number) => new Date(now).toISOString().slice(0, 10);

/**
 * Export, import and delete: the user's data, in the user's hands. Privacy never waits: the log
 * and every note can be deleted at once. The list of people and profiles and the settings are
 * protection: "Delete everything" deletes the log at once and the rest after the cooling-off
 * period, and says which goes when.
 */
export function DataSection({ pending = [], coolingOffHours = DEFAULT_COOLING_OFF_HOURS, locale = userLocale, now = systemClock, save = download }: Props) {
  const [withLetters, setWithLetters] = useState(false);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [focus, setFocus] = useState<Focus>(null);
  const targets = {
    'delete-log': useRef<HTMLButtonElement>(null),
    'delete-all': useRef<HTMLButtonElement>(null),
    warning: useRef<HTMLParagraphElement>(null),
    waiting: useRef<HTMLParagraphElement>(null),
  };
  useEffect(() => {
    const target = focus === null ? null : targets[focus].current;
    if (target === null) return;
    target.focus();
    setFocus(null);
  });
  const waiting = pending.find((change) => change.kind === 'delete-everything');
  // The rest goes when a waiting request says, or a cooling-off period from now.
  const restGoes = fullMoment(locale).format(waiting?.effectiveAt ?? now() + coolingOffHours * 3_600_000);

  const open = (kind: 'confirm-delete-log' | 'confirm-delete') => {
    setStage({ kind });
    setFocus('warning');
  };
  const close = (next: Stage, focusOn: Focus) => {
    setStage(next);
    setFocus(focusOn);
  };
  const deleteLogNow = () =>
    void deleteLog().then(
      () => close({ kind: 'idle', message: t('deleteLog.done') }, 'delete-log'),
      (error: unknown) => close({ kind: 'idle', problem: saveProblem(error) }, 'delete-log'),
    );
  const deleteEverything = async () => {
    try {
      await deleteLog();
    } catch (error) {
      close({ kind: 'idle', problem: saveProblem(error) }, 'delete-all');
      return;
    }
    try {
      const change = await requestWeakening({ kind: 'delete-everything' });
      close({ kind: 'idle', message: t('deleteAll.done', { when: fullMoment(locale).format(change.effectiveAt) }) }, 'waiting');
    } catch (error) {
      close({ kind: 'idle', problem: t('deleteAll.restFailed', { problem: saveProblem(error) }) }, 'delete-all');
    }
  };

  const exportBackup = async () => {
    const backup = makeBackup(await loadBackupData(), now());
    save(`letting-go-backup-${today(now())}.json`, JSON.stringify(backup, null, 2), 'application/json');
    setStage({ kind: 'idle', message: t('data.backupSaved', { people: t('count.people', backup.people.length), urges: t('count.urges', backup.urges.length) }) });
  };
  const exportCsv = async () => {
    const { urges, letters } = await loadBackupData();
    // Letters are left out unless the user asks for them.
    const included = withLetters ? letters : [];
    save(`letting-go-urges-${today(now())}.csv`, urgesToCsv(t, urges, included), 'text/csv;charset=utf-8');
    setStage({ kind: 'idle', message: t('data.csvSaved', { rows: t('count.rows', urges.length + included.length) }) });
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
      <p class="field checkbox">
        <label>
          <input type="checkbox" checked={withLetters} onChange={(event) => setWithLetters(event.currentTarget.checked)} /> {t('data.csvLetters')}
        </label>
      </p>
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

      {stage.kind === 'confirm-delete-log' ? (
        <div class="note danger-zone" role="region" aria-label={t('deleteLog.label')}>
          <p ref={targets.warning} tabIndex={-1}>
            {t('deleteLog.warning')}
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={deleteLogNow}>
              {t('deleteLog.confirm')}
            </button>
            <button type="button" class="primary" onClick={() => close({ kind: 'idle' }, 'delete-log')}>
              {t('deleteLog.keep')}
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button ref={targets['delete-log']} type="button" class="quiet danger" onClick={() => open('confirm-delete-log')}>
            {t('deleteLog.open')}
          </button>
        </p>
      )}

      {stage.kind === 'confirm-delete' ? (
        <div class="note danger-zone" role="region" aria-label={t('data.deleteLabel')}>
          <p ref={targets.warning} tabIndex={-1}>
            {t('deleteAll.warning', { when: restGoes })}
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void deleteEverything()}>
              {t('data.deleteConfirm')}
            </button>
            <button type="button" class="primary" onClick={() => close({ kind: 'idle' }, 'delete-all')}>
              {t('data.keep')}
            </button>
          </div>
        </div>
      ) : waiting !== undefined ? (
        <PendingNote
          id="delete-all-waits"
          noteRef={targets.waiting}
          text={t('deleteAll.waiting', { when: shortMoment(locale).format(waiting.effectiveAt) })}
          keep={t('deleteAll.keep')}
          onKeep={() =>
            void cancelPending(waiting.id).then(
              () => close({ kind: 'idle', message: t('loosening.kept') }, 'delete-all'),
              (error: unknown) => close({ kind: 'idle', problem: saveProblem(error) }, null),
            )
          }
        />
      ) : (
        <p>
          <button ref={targets['delete-all']} type="button" class="quiet danger" onClick={() => open('confirm-delete')}>
            {t('data.deleteAll')}
          </button>
        </p>
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
