import { describe, expect, it } from 'vitest';
import { t } from '../../platform/i18n';
import { urgesToCsv } from '../../lib/urge-csv';
import { newUrge } from '../../lib/urge';

describe('urgesToCsv', () => {
  it('writes one row per urge, oldest first, that opens cleanly in a spreadsheet', () => {
    const csv = urgesToCsv(t, [
      newUrge({ id: 'b', at: new Date('2026-11-26T21:04').getTime(), profileKey: 'instagram:someex', source: 'app', outcome: 'continued', strength: 7, triggers: ['lonely', 'song-or-memory'], hopingToFind: 'if they are "happy", really\nor not', feltAfter: 'worse', secondsOnScreen: 42 }),
      newUrge({ id: 'a', at: new Date('2026-11-25T08:30').getTime(), profileKey: null, source: 'manual', outcome: 'turned-back', reflection: '=HYPERLINK("http://evil.example")' }),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('date,time,profile,network,reached by,strength,what set it off,hoping to find,outcome,seconds on the pause screen,felt after,reflection');
    // Logged by hand: no time on a pause screen to give.
    expect(lines[1]).toBe(`2026-11-25,08:30,,,logged by hand,,,,turned back,,,"'=HYPERLINK(""http://evil.example"")"`);
    // A line break inside a quoted cell stays in the cell.
    expect(lines[2]).toBe('2026-11-26,21:04,Instagram @someex,Instagram,inside the site,7,Lonely; A song or a memory,"if they are ""happy"", really\nor not",looked,42,worse,');
    expect(lines[3]).toBe('');
  });
});

describe('urgesToCsv with letters', () => {
  const urge = newUrge({ id: 'u', at: new Date('2026-11-25T08:30').getTime(), profileKey: null, source: 'manual', outcome: 'turned-back' });
  const letter = { id: 'l', at: new Date('2026-11-24T22:10').getTime(), text: 'I miss you, "still"' };

  it('leaves letters out unless asked', () => {
    expect(urgesToCsv(t, [urge])).not.toContain('I miss you');
  });

  it('puts an asked-for letter in time order, marked as a letter, its words where a reflection would be', () => {
    const lines = urgesToCsv(t, [urge], [letter]).slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('2026-11-24,22:10,,,,,,,"letter, not sent",,,"I miss you, ""still"""');
    expect(lines[2]!.startsWith('2026-11-25,08:30')).toBe(true);
  });
});
