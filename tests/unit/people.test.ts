import { describe, expect, it } from 'vitest';
import { addProfile, listedKeys, moveProfile, type Person, removePerson, removeProfile, renamePerson, sanitisePeople, setHideInFeeds } from '../../lib/people';

const now = Date.UTC(2026, 10, 26, 12);
let counter = 0;
const newId = () => `p${++counter}`;

describe('addProfile', () => {
  it('creates a first person on the spot, unnamed unless a name is given', () => {
    const result = addProfile([], 'instagram:someex', { now, newId: () => 'a' });
    expect(result.status).toBe('added');
    // Someone new is kept out of the user's feeds from the start (lib/people.ts hideInFeeds).
    expect(result.people).toEqual([{ id: 'a', name: '', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }], hideInFeeds: true }]);

    const named = addProfile([], 'x:someex', { now, newId: () => 'b', newPersonName: '  Sam  ' });
    expect(named.people[0]?.name).toBe('Sam');
  });

  it('adds to the person being edited', () => {
    const first = addProfile([], 'instagram:someex', { now, newId: () => 'a' }).people;
    const second = addProfile(first, 'x:someex', { now, newId, personId: 'a' });
    expect(second.people).toHaveLength(1);
    expect(second.people[0]?.profiles.map((profile) => profile.key)).toEqual(['instagram:someex', 'x:someex']);
  });

  it('recognises a profile that is already listed, for whoever it is listed', () => {
    const first = addProfile([], 'instagram:someex', { now, newId: () => 'a' }).people;
    const again = addProfile(first, 'instagram:someex', { now, newId, personId: undefined });
    expect(again.status).toBe('already-listed');
    expect(again.personId).toBe('a');
    expect(listedKeys(again.people)).toEqual(new Set(['instagram:someex']));
  });
});

describe('removing and renaming', () => {
  const people: Person[] = [
    { id: 'a', name: 'Sam', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }, { key: 'x:someex', addedAt: now }] },
    { id: 'b', name: '', relationship: 'ex', addedAt: now, profiles: [{ key: 'tiktok:newpartner', addedAt: now }] },
  ];

  it('removes one profile and keeps the rest', () => {
    expect([...listedKeys(removeProfile(people, 'x:someex'))]).toEqual(['instagram:someex', 'tiktok:newpartner']);
  });

  it('removes a person with their profiles', () => {
    expect([...listedKeys(removePerson(people, 'a'))]).toEqual(['tiktok:newpartner']);
  });

  it('renames, trimmed and bounded', () => {
    expect(renamePerson(people, 'b', '  Alex ')[1]?.name).toBe('Alex');
    expect(renamePerson(people, 'b', 'x'.repeat(500))[1]?.name).toHaveLength(80);
  });
});

describe('moveProfile', () => {
  const earlier = now - 86_400_000;
  const people: Person[] = [
    { id: 'a', name: 'Sam', relationship: 'ex', addedAt: earlier, profiles: [{ key: 'instagram:someex', addedAt: earlier }, { key: 'x:newpartner', addedAt: now }] },
    { id: 'b', name: '', relationship: 'new-partner', addedAt: now, profiles: [{ key: 'tiktok:newpartner', addedAt: now }] },
  ];
  const keys = (list: readonly Person[]) => list.map((person) => [person.id, person.profiles.map((profile) => profile.key)]);

  it('moves a profile to another person, keeping when it was added and everything else as it was', () => {
    const result = moveProfile(people, 'x:newpartner', 'b');
    expect(result.status).toBe('moved');
    expect(keys(result.people)).toEqual([
      ['a', ['instagram:someex']],
      ['b', ['tiktok:newpartner', 'x:newpartner']],
    ]);
    expect(result.people[1]).toMatchObject({ name: '', relationship: 'new-partner', profiles: [{ key: 'tiktok:newpartner', addedAt: now }, { key: 'x:newpartner', addedAt: now }] });
    expect(result.status === 'moved' && result.personId).toBe('b');
    expect(listedKeys(result.people)).toEqual(listedKeys(people));
  });

  it('moves a profile to someone new, named or not', () => {
    const result = moveProfile(people, 'x:newpartner', { id: 'c', now: now + 1 });
    expect(keys(result.people)).toEqual([
      ['a', ['instagram:someex']],
      ['b', ['tiktok:newpartner']],
      ['c', ['x:newpartner']],
    ]);
    expect(result.people[2]).toEqual({ id: 'c', name: '', relationship: 'ex', addedAt: now + 1, profiles: [{ key: 'x:newpartner', addedAt: now }], hideInFeeds: true });
    expect(moveProfile(people, 'x:newpartner', { id: 'c', name: '  Alex ', now }).people[2]?.name).toBe('Alex');
  });

  it('an unnamed person left with no profile goes; a named one stays', () => {
    const emptied = moveProfile(people, 'tiktok:newpartner', 'a');
    expect(keys(emptied.people)).toEqual([['a', ['instagram:someex', 'x:newpartner', 'tiktok:newpartner']]]);
    expect(emptied.status === 'moved' && emptied.emptied).toBe('b');
    const named = moveProfile(moveProfile(people, 'instagram:someex', 'b').people, 'x:newpartner', 'b');
    expect(keys(named.people)).toEqual([
      ['a', []],
      ['b', ['tiktok:newpartner', 'instagram:someex', 'x:newpartner']],
    ]);
    expect(named.status === 'moved' && named.emptied).toBeUndefined();
  });

  it('changes nothing for a profile not listed, a person not there, or the person it is already with', () => {
    expect(moveProfile(people, 'x:nobody', 'b')).toEqual({ status: 'not-listed', people });
    expect(moveProfile(people, 'x:newpartner', 'gone')).toEqual({ status: 'no-such-person', people });
    expect(moveProfile(people, 'x:newpartner', { id: 'b', now })).toEqual({ status: 'no-such-person', people });
    expect(moveProfile(people, 'x:newpartner', 'a')).toEqual({ status: 'already-there', people });
  });
});

describe('sanitisePeople', () => {
  it('keeps a valid list as it is', () => {
    const stored = [{ id: 'a', name: 'Sam', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }] }];
    expect(sanitisePeople(stored)).toEqual({ value: stored, dropped: 0 });
  });

  it('falls back to an empty list for a value of the wrong shape, and reports it', () => {
    expect(sanitisePeople('oops')).toEqual({ value: [], dropped: 1 });
    expect(sanitisePeople({ people: [] })).toEqual({ value: [], dropped: 1 });
    expect(sanitisePeople(undefined)).toEqual({ value: [], dropped: 0 });
  });

  it('sets aside broken entries and keeps every readable one', () => {
    const stored = [
      { id: 'a', name: 'Sam', relationship: 'ex', addedAt: now, extra: 'from a newer version', profiles: [
        { key: 'instagram:someex', addedAt: now },
        { key: 'instagram:Not Valid', addedAt: now },
        { key: 'myspace:tom', addedAt: now },
        'garbage',
        { key: 'instagram:someex', addedAt: now },
      ] },
      { id: 'a', name: 'duplicate id', relationship: 'ex', addedAt: now, profiles: [] },
      { name: 'no id', profiles: [] },
      null,
      { id: 'b', name: '<img src=x onerror=alert(1)>', relationship: 'ex', addedAt: now, profiles: [{ key: 'x:someex', addedAt: now }] },
    ];
    const { value, dropped } = sanitisePeople(stored);
    expect(dropped).toBe(7);
    expect(value).toEqual([
      { id: 'a', name: 'Sam', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }] },
      { id: 'b', name: '<img src=x onerror=alert(1)>', relationship: 'ex', addedAt: now, profiles: [{ key: 'x:someex', addedAt: now }] },
    ]);
  });
});

describe('keeping someone out of the feeds (hideInFeeds)', () => {
  const stored = (hideInFeeds?: unknown) => [{ id: 'a', name: 'Sam', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }], ...(hideInFeeds !== undefined && { hideInFeeds }) }];

  it('is on for someone new, whether added or made by a move', () => {
    expect(addProfile([], 'instagram:someex', { now, newId: () => 'a' }).people[0]?.hideInFeeds).toBe(true);
    const two = addProfile(addProfile([], 'instagram:someex', { now, newId: () => 'a' }).people, 'x:someex', { now, newId, personId: 'a' }).people;
    const moved = moveProfile(two, 'x:someex', { id: 'n', now });
    expect(moved.people.find((person) => person.id === 'n')?.hideInFeeds).toBe(true);
  });

  it('reads as off for someone listed before it existed, and for a value that is not a yes or no', () => {
    expect(sanitisePeople(stored()).value[0]?.hideInFeeds).toBeUndefined();
    expect(sanitisePeople(stored('yes')).value[0]).toMatchObject({ hideInFeeds: false, profiles: [{ key: 'instagram:someex' }] });
    expect(sanitisePeople(stored(true)).value[0]?.hideInFeeds).toBe(true);
  });

  it('turns on and off for one person only', () => {
    const people = [...sanitisePeople(stored()).value, { ...sanitisePeople(stored(true)).value[0]!, id: 'b', profiles: [] }];
    const on = setHideInFeeds(people, 'a', true);
    expect(on.map((person) => person.hideInFeeds)).toEqual([true, true]);
    expect(setHideInFeeds(on, 'b', false).map((person) => person.hideInFeeds)).toEqual([true, false]);
  });
});
