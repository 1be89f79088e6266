import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readPending, requestChange, waitingFor } from '../../lib/commitment';
import { describeChange } from '../../lib/describe-change';
import { type Person, sanitisePeople, keepingUnreadable } from '../../lib/people';
import { addSearchTerm, canAddTerm, MAX_SEARCH_TERMS, removeSearchTerm, searchOf, setSearch } from '../../lib/person-search';
import { applyDueChanges } from '../../platform/background/cooling-off';
import { pendingChangesItem, peopleItem } from '../../platform/storage/keys';
import { loadEvents } from '../../platform/storage/log';
import { loadPeople } from '../../platform/storage/people';
import { t } from '../../platform/i18n';

const hour = 3_600_000;
const asked = Date.UTC(2026, 10, 26, 1);
const sam: Person = { id: 'a', name: 'Sam Smith', relationship: 'ex', addedAt: 1, profiles: [] };

describe('the choice as stored on a person', () => {
  it('is off for a person stored before it existed, and for a value this version cannot read', () => {
    const { value, dropped } = sanitisePeople([
      { id: 'a', name: 'Sam', addedAt: 1, profiles: [] },
      { id: 'b', name: 'Kim', addedAt: 1, profiles: [], search: { on: 'yes', terms: 3 } },
      { id: 'c', name: 'Alex', addedAt: 1, profiles: [], search: { on: true, terms: ['Lexi'] } },
    ]);
    expect(dropped).toBe(0);
    expect(value.map(searchOf)).toEqual([
      { on: false, terms: [] },
      { on: false, terms: [] },
      { on: true, terms: ['Lexi'] },
    ]);
  });

  it('survives a rename written back, with what this version does not read kept', () => {
    const stored = [{ id: 'a', name: 'Sam', addedAt: 1, profiles: [], search: { on: true, terms: ['Sammy'] }, feeds: { on: true } }];
    const people = sanitisePeople(stored).value.map((person) => ({ ...person, name: 'Sam Smith' }));
    expect(keepingUnreadable(people, stored)).toEqual([{ id: 'a', name: 'Sam Smith', relationship: 'ex', addedAt: 1, profiles: [], search: { on: true, terms: ['Sammy'] }, feeds: { on: true } }]);
  });
});

describe('changing it', () => {
  it('turns on and off, and adds terms once each', () => {
    let people = setSearch([sam], 'a', true);
    expect(searchOf(people[0]!)).toEqual({ on: true, terms: [] });
    people = addSearchTerm(people, 'a', '  Sammy ');
    people = addSearchTerm(people, 'a', 'SAMMY');
    expect(searchOf(people[0]!).terms).toEqual(['Sammy']);
    expect(canAddTerm(people[0]!, 'sammy!')).toBe('already-there');
    expect(canAddTerm(people[0]!, ' + ')).toBe('empty');
    people = removeSearchTerm(people, 'a', 'Sammy');
    expect(searchOf(setSearch(people, 'a', false)[0]!)).toEqual({ on: false, terms: [] });
  });

  it(`keeps at most ${MAX_SEARCH_TERMS} terms`, () => {
    let people: Person[] = [sam];
    for (let i = 0; i < MAX_SEARCH_TERMS + 2; i++) people = addSearchTerm(people, 'a', `name ${i}`);
    expect(searchOf(people[0]!).terms).toHaveLength(MAX_SEARCH_TERMS);
    expect(canAddTerm(people[0]!, 'one more')).toBe('too-many');
  });
});

describe('turning it off or removing a term waits out the cooling-off', () => {
  const opts = (id: string) => ({ now: asked, coolingOffHours: 24, id });

  it('is queued once per person and per term, and read back from storage', () => {
    let pending = requestChange([], { kind: 'search-off', personId: 'a' }, opts('1'));
    pending = requestChange(pending, { kind: 'search-off', personId: 'a' }, opts('2'));
    pending = requestChange(pending, { kind: 'remove-search-term', personId: 'a', term: 'Sammy' }, opts('3'));
    pending = requestChange(pending, { kind: 'remove-search-term', personId: 'a', term: 'Sam S' }, opts('4'));
    expect(pending.map((change) => change.id)).toEqual(['1', '3', '4']);
    expect(readPending(JSON.parse(JSON.stringify(pending)))).toEqual(pending);
    expect(waitingFor(pending, { kind: 'remove-search-term', personId: 'a', term: 'Sam S' })?.id).toBe('4');
    expect(waitingFor(pending, { kind: 'search-off', personId: 'b' })).toBeUndefined();
  });

  it('is told in one sentence with the moment it takes effect', () => {
    const names = { profile: (key: string) => key, person: () => 'Sam Smith' };
    const [off, term] = requestChange(requestChange([], { kind: 'search-off', personId: 'a' }, opts('1')), { kind: 'remove-search-term', personId: 'a', term: 'Sammy' }, opts('2'));
    expect(describeChange(t, off!, names, 'Friday')).toBe('Searches for Sam Smith stop being paused on Friday.');
    expect(describeChange(t, term!, names, 'Friday')).toBe('“Sammy” stops being watched in searches for Sam Smith on Friday.');
  });

  describe('applied by the background once due', () => {
    beforeEach(async () => {
      fakeBrowser.reset();
      await peopleItem.setValue([{ ...sam, search: { on: true, terms: ['Sammy', 'Sam S'] } }]);
    });

    it('and the log says what loosened, never a search', async () => {
      let pending = requestChange([], { kind: 'remove-search-term', personId: 'a', term: 'Sammy' }, opts('1'));
      pending = requestChange(pending, { kind: 'search-off', personId: 'a' }, { ...opts('2'), now: asked + hour });
      await pendingChangesItem.setValue(pending);
      await applyDueChanges(asked + 24 * hour);
      expect(searchOf((await loadPeople()).value[0]!)).toEqual({ on: true, terms: ['Sam S'] });
      await applyDueChanges(asked + 26 * hour);
      expect(searchOf((await loadPeople()).value[0]!)).toEqual({ on: false, terms: ['Sam S'] });
      expect((await loadEvents()).map((event) => [event.kind, event.detail])).toEqual([
        ['settings-loosened', '“Sammy” no longer watched in searches for Sam Smith'],
        ['settings-loosened', 'searches for Sam Smith no longer paused'],
      ]);
    });
  });
});
