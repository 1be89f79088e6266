import { describeProfile, parseProfileKey } from './profile-key';
import { TRIGGER_LABELS, type Urge } from './urge';

const COLUMNS = ['date', 'time', 'profile', 'network', 'reached by', 'strength', 'what set it off', 'hoping to find', 'outcome', 'seconds on the pause screen', 'felt after', 'reflection'];

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

/** The urges as CSV (RFC 4180, CRLF, UTF-8 with a BOM so spreadsheets detect the encoding). */
export function urgesToCsv(urges: readonly Urge[]): string {
  const rows = [...urges]
    .sort((a, b) => a.at - b.at)
    .map((urge) => {
      const date = new Date(urge.at);
      const ref = urge.profileKey === null ? null : parseProfileKey(urge.profileKey);
      return [
        `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
        `${pad(date.getHours())}:${pad(date.getMinutes())}`,
        ref === null ? '' : describeProfile(ref),
        ref === null ? '' : ref.network.label,
        { load: 'opening the page', app: 'inside the site', manual: 'logged by hand' }[urge.source],
        urge.strength,
        urge.triggers.map((trigger) => TRIGGER_LABELS[trigger]).join('; '),
        urge.hopingToFind,
        { 'turned-back': 'turned back', continued: 'looked', undecided: 'undecided' }[urge.outcome],
        urge.secondsOnScreen,
        urge.feltAfter ?? '',
        urge.reflection,
      ].map(cell);
    });
  return `\uFEFF${[COLUMNS.map(cell), ...rows].map((row) => row.join(',')).join('\r\n')}\r\n`;
}
