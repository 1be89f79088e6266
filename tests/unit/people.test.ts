import { describe, expect, it } from 'vitest';
import { addProfile, listedKeys, type Person, removePerson, removeProfile, renamePerson, sanitisePeople } from '../../lib/people';

const now = Date.UTC(2026, 10, 26, 12);
let counter = 0;
const newId = () => `p${++counter}`;

describe('addProfile', () => {
  it('creates a first person on the spot, unnamed unless a name is given', () => {
    const result = addProfile([], 'instagram:someex', { now, newId: () => 'a' });
    expect(result.status).toBe('added');
    expect(result.people).toEqual([{ id: 'a', name: '', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }] }]);

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
