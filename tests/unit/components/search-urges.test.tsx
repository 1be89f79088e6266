import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { reflections } from '../../../content/reflections';
import { PauseScreen } from '../../../entrypoints/pause/PauseScreen';
import { SummaryPage } from '../../../entrypoints/summary/SummaryPage';
import { UrgeLog } from '../../../components/UrgeLog';
import type { Person } from '../../../lib/people';
import { pauseStory } from '../../../lib/pause-story';
import { newUrge, readUrge, type Urge } from '../../../lib/urge';
import { urgesToCsv } from '../../../lib/urge-csv';
import { historyOf } from '../../../lib/urge-history';
import { searchesByPerson } from '../../../lib/week-searches';
import { t } from '../../../platform/i18n';
import { watchSettings } from '../../../platform/signals/settings';
import { watchUrges } from '../../../platform/signals/urges';
import { saveUrge } from '../../../platform/storage/urges';

// Thursday 26 November 2026, 21:00 in Berlin; en-GB weeks start on Monday 23rd.
const now = new Date('2026-11-26T21:00').getTime();
const at = (iso: string) => new Date(iso).getTime();
const sam: Person = { id: 'sam', name: 'Sam Smith', relationship: 'ex', addedAt: 0, profiles: [], search: { on: true, terms: [] } };
const searchUrge = (id: string, when: string, fields: Partial<Urge> = {}) =>
  newUrge({ id, at: at(when), profileKey: null, source: 'search', personId: 'sam', outcome: 'turned-back', ...fields });

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('a search, as its own kind of urge', () => {
  it('is stored with the person, and read back (an older version’s reader would leave it as it is)', () => {
    const urge = searchUrge('a', '2026-11-26T20:00');
    expect(readUrge(JSON.parse(JSON.stringify(urge)))).toEqual(urge);
    expect(readUrge({ ...urge, source: 'typed' })).toBeNull();
  });

  it('the pause says what was about to happen, and nothing of the words', () => {
    const urge = searchUrge('now', '2026-11-26T21:00', { outcome: 'undecided', shownReflection: reflections[0]!.id });
    render(
      <PauseScreen
        urge={urge}
        reflection={reflections[0]!}
        story={pauseStory(historyOf([urge]), now, urge.id)}
        breathSeconds={10}
        strict={false}
        allowanceMinutes={5}
        save={vi.fn(async () => undefined)}
        goBack={vi.fn(async () => undefined)}
        continueTo={vi.fn(async () => undefined)}
        about={{ kind: 'search', personName: 'Sam' }}
      />,
    );
    expect(document.querySelector('#pause-stopped')?.textContent).toBe('You were about to search for Sam.');
    expect(screen.getByRole('button', { name: 'Go back' })).toBe(document.activeElement);
  });

  it('the log names whom it was for, or says they are no longer listed', () => {
    render(<UrgeLog urges={[searchUrge('a', '2026-11-26T20:00'), searchUrge('b', '2026-11-26T19:00', { personId: 'gone' })]} save={vi.fn(async () => undefined)} now={now} people={[sam]} locale="en-GB" />);
    const lines = screen.getAllByRole('listitem').map((item) => item.querySelector('.urge-line')?.textContent);
    expect(lines[0]).toMatch(/ · a search for Sam Smith$/);
    expect(lines[1]).toMatch(/ · a search for someone no longer listed$/);
  });

  it('the spreadsheet says how it arrived', () => {
    const csv = urgesToCsv(t, [searchUrge('a', '2026-11-26T20:00')]);
    expect(csv.split('\r\n')[1]).toBe('2026-11-26,20:00,,,a search,,,,turned back,0,,');
  });

  it('the week counts searches per person, apart from profiles', () => {
    const urges = [searchUrge('a', '2026-11-24T20:00'), searchUrge('b', '2026-11-25T20:00'), searchUrge('c', '2026-11-16T20:00'), searchUrge('d', '2026-11-25T21:00', { outcome: 'safety' })];
    expect(searchesByPerson(urges, at('2026-11-23T00:00'), at('2026-11-30T00:00'))).toEqual([{ personId: 'sam', count: 2 }]);
  });

  it('the weekly summary shows them as their own kind, and not as urges about no profile', async () => {
    await Promise.all([searchUrge('a', '2026-11-24T20:00'), searchUrge('b', '2026-11-25T20:00'), newUrge({ id: 'c', at: at('2026-11-25T10:00'), profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' })].map(saveUrge));
    render(<SummaryPage urges={watchUrges().state} settings={watchSettings().state} now={now} locale="en-GB" people={signal({ people: [sam] })} />);
    const searches = await screen.findByRole('region', { name: 'Searches' });
    expect(within(searches).getByRole('listitem').textContent).toBe('Searches for Sam Smith: 2 urges');
    const profiles = screen.getByRole('region', { name: 'Profiles' });
    await waitFor(() => expect(within(profiles).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Instagram @someex: 1 urge']));
  });
});
