import type { Letter } from './letter';
import { describeProfile, parseProfileKey } from './profile-key';
import type { PlainKey, Translate } from './translate';
import { type FeltAfter, type Outcome, TRIGGER_LABELS, type Urge, type UrgeSource } from './urge';

const COLUMNS: readonly PlainKey[] = [
  'csv.column.date', 'csv.column.time', 'csv.column.profile', 'csv.column.network', 'csv.column.source', 'csv.column.strength',
  'csv.column.triggers', 'csv.column.hopingToFind', 'csv.column.outcome', 'csv.column.seconds', 'csv.column.feltAfter', 'csv.column.reflection',
];
const SOURCES: Readonly<Record<UrgeSource, PlainKey>> = { load: 'csv.source.load', app: 'csv.source.app', manual: 'csv.source.manual', search: 'search.csvSource', feed: 'csv.source.feed' };
const OUTCOMES: Readonly<Record<Outcome, PlainKey>> = {
  'turned-back': 'csv.outcome.turnedBack',
  continued: 'csv.outcome.looked',
  // Still open, or left by an older version when its tab closed: no look, so turned back.
  undecided: 'csv.outcome.turnedBack',
  safety: 'csv.outcome.safety',
};
const FELT: Readonly<Record<FeltAfter, PlainKey>> = { better: 'csv.felt.better', same: 'csv.felt.same', worse: 'csv.felt.worse', skipped: 'csv.felt.skipped' };

/**
 * A spreadsheet cell: quoted when needed, and never read as a formula. Notes are the user's
 * own words, but a cell starting with "=", "+", "-" or "@" would run as a formula in a
 * spreadsheet, so such cells get a leading apostrophe (OWASP, "CSV Injection").
 */
function cell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The urges as CSV (RFC 4180, CRLF, UTF-8 with a BOM so spreadsheets detect the encoding), with
 * column names and words in `t`'s language; dates and times stay ISO so any spreadsheet reads them.
 */
export function urgesToCsv(t: Translate, urges: readonly Urge[], letters: readonly Letter[] = []): string {
  const day = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const rows = [...urges.map((urge) => ({ urge })), ...letters.map((letter) => ({ letter }))]
    .sort((a, b) => ('urge' in a ? a.urge.at : a.letter.at) - ('urge' in b ? b.urge.at : b.letter.at))
    .map((entry) => {
      // A letter (only when the user asked for them): its words where a reflection would be.
      if ('letter' in entry) {
        const date = new Date(entry.letter.at);
        return [day(date), time(date), '', '', '', null, '', '', t('csv.outcome.letter'), null, '', entry.letter.text].map(cell);
      }
      const { urge } = entry;
      const date = new Date(urge.at);
      const ref = urge.profileKey === null ? null : parseProfileKey(urge.profileKey);
      return [
        day(date),
        time(date),
        ref === null ? '' : describeProfile(ref),
        ref === null ? '' : ref.network.label,
        t(SOURCES[urge.source]),
        urge.strength,
        urge.triggers.map((trigger) => t(TRIGGER_LABELS[trigger])).join('; '),
        urge.hopingToFind,
        t(OUTCOMES[urge.outcome]),
        // Logged by hand: there was no pause screen to spend time on.
        urge.source === 'manual' ? null : urge.secondsOnScreen,
        urge.feltAfter === null ? '' : t(FELT[urge.feltAfter]),
        urge.reflection,
      ].map(cell);
    });
  return `\uFEFF${[COLUMNS.map((column) => cell(t(column))), ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}
