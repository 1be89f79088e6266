import { describe, expect, it } from 'vitest';
import { t } from '../../platform/i18n';
import { type BackupData, makeBackup, mergeBackup, readBackup } from '../../lib/backup';
import { newUrge } from '../../lib/urge';

const now = Date.UTC(2026, 10, 26);
const data: BackupData = {
  people: [{ id: 'a', name: 'Sam', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }] }],
  urges: [
    newUrge({ id: 'u1', at: now - 1000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back', hopingToFind: '<script>alert(1)</script>' }),
    newUrge({ id: 'u2', at: now - 500, profileKey: null, source: 'manual', triggers: ['lonely'] }),
  ],
  weekNotes: { '2026-11-23': 'A hard week, and I got through it.' },
  letters: [],
  ownWords: { plans: [], reasons: [] },
};

describe('backup files', () => {
  it('round-trips everything', () => {
    const text = JSON.stringify(makeBackup(data, now));
    const read = readBackup(t, text, now);
    expect(read).toEqual({ ok: true, backup: makeBackup(data, now) });
  });

  it.each([
    ['', /not valid JSON/],
    ['{"format":"letting-go-backup","version":1,"people":[', /not valid JSON/],
    ['[]', /not a Letting Go backup/],
    ['null', /not a Letting Go backup/],
    ['{"format":"other","version":1,"people":[],"urges":[]}', /not a Letting Go backup/],
    ['{"format":"letting-go-backup","version":99,"people":[],"urges":[]}', /newer version of Letting Go/],
    ['{"format":"letting-go-backup","version":"1","people":[],"urges":[]}', /no readable version/],
    ['{"format":"letting-go-backup","version":1,"people":[]}', /incomplete/],
    ['{"format":"letting-go-backup","version":1,"people":[{"id":"a"}],"urges":[]}', /people or profiles can’t be read/],
    ['{"format":"letting-go-backup","version":1,"people":[],"urges":[{"id":"x"}]}', /urge number 1 can’t be read/],
    ['{"format":"letting-go-backup","version":1,"people":[],"urges":[],"weekNotes":{"soon":"x"}}', /week notes/],
    ['{"format":"letting-go-backup","version":1,"people":[],"urges":[],"__proto__":{"polluted":true}}', null],
  ])('refuses %j with a reason', (text, message) => {
    const read = readBackup(t, text, now);
    if (message === null) {
      expect(read.ok).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      return;
    }
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toMatch(message);
      expect(read.message).toMatch(/Nothing was changed\.$/);
    }
  });

  it('refuses an oversized file before reading it', () => {
    const read = readBackup(t, '{}', now, 21 * 1024 * 1024);
    expect(read.ok === false && read.message).toMatch(/too large/);
  });

  it.each([
    ['an urge from before Letting Go existed', { urges: [{ ...data.urges[0]!, at: 0 }] }, /urge number 1 has a date that cannot be right/],
    ['an urge a year ahead', { urges: [{ ...data.urges[0]!, at: now + 365 * 86_400_000 }] }, /urge number 1 has a date that cannot be right/],
  ])('refuses %s, which would make every count meaningless', (_, change, message) => {
    const read = readBackup(t, JSON.stringify(makeBackup({ ...data, ...change }, now)), now);
    expect(read.ok === false && read.message).toMatch(message);
  });

  it('dates a person or profile added at an impossible moment at the import instead', () => {
    const odd = { ...data.people[0]!, addedAt: 0, profiles: [{ key: 'instagram:someex', addedAt: Date.UTC(2099, 0, 1) }] };
    const read = readBackup(t, JSON.stringify(makeBackup({ ...data, people: [odd] }, now)), now);
    expect(read.ok && read.backup.people).toEqual([{ ...odd, addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }] }]);
  });

  it('takes an urge from a device whose clock runs some hours ahead', () => {
    const ahead = { ...data.urges[0]!, at: now + 5 * 3_600_000 };
    expect(readBackup(t, JSON.stringify(makeBackup({ ...data, urges: [ahead] }, now)), now).ok).toBe(true);
  });

  it('refuses a backup listing the same urge twice', () => {
    const twice = JSON.stringify(makeBackup({ ...data, urges: [data.urges[0]!, data.urges[0]!] }, now));
    expect(readBackup(t, twice, now).ok).toBe(false);
  });
});

describe('letters, plans and reasons in a backup', () => {
  const words = { plans: [{ id: 'p1', when: { kind: 'trigger' as const, trigger: 'lonely' as const }, then: 'call Maya' }], reasons: ['My evenings are mine'] };
  const letter = { id: 'l1', at: now - 3_600_000, text: 'What I would have said.' };

  it('round-trips them', () => {
    const read = readBackup(t, JSON.stringify(makeBackup({ ...data, letters: [letter], ownWords: words }, now)), now);
    expect(read.ok && read.backup.letters).toEqual([letter]);
    expect(read.ok && read.backup.ownWords).toEqual(words);
  });

  it('reads a version 1 file, written before them, as having none', () => {
    const v1 = JSON.stringify({ format: 'letting-go-backup', version: 1, exportedAt: now, people: data.people, urges: data.urges, weekNotes: {} });
    const read = readBackup(t, v1, now);
    expect(read.ok && { letters: read.backup.letters, ownWords: read.backup.ownWords }).toEqual({ letters: [], ownWords: { plans: [], reasons: [] } });
  });

  it('refuses a file whose letters or words are damaged, saying which', () => {
    const damaged = (extra: object) => readBackup(t, JSON.stringify({ ...makeBackup(data, now), ...extra }), now);
    expect(damaged({ letters: [{ id: 'x', at: 'yesterday', text: 'x' }] })).toEqual({ ok: false, message: 'This backup is damaged: its letters can’t be read. Nothing was changed.' });
    expect(damaged({ letters: 'all of them' })).toMatchObject({ ok: false });
    expect(damaged({ ownWords: [] })).toEqual({ ok: false, message: 'This backup is damaged: its plans and reasons can’t be read. Nothing was changed.' });
  });

  it('adds new letters, and plans and reasons beside the user’s own, never over them', () => {
    const mine = { ...data, letters: [letter], ownWords: { plans: [{ id: 'mine', when: { kind: 'words' as const, text: 'Sunday nights' }, then: 'run a bath' }], reasons: ['Mine first'] } };
    const theirs = { ...data, letters: [letter, { ...letter, id: 'l2' }], ownWords: { plans: [...words.plans, mine.ownWords.plans[0]!], reasons: ['Mine first', ...words.reasons] } };
    const { merged, preview } = mergeBackup(mine, theirs);
    expect(preview.newLetters).toBe(1);
    expect(merged.letters.map((one) => one.id)).toEqual(['l1', 'l2']);
    expect(merged.ownWords).toEqual({ plans: [mine.ownWords.plans[0], words.plans[0]], reasons: ['Mine first', 'My evenings are mine'] });
  });
});

describe('mergeBackup', () => {
  it('adds only what is new, keeps everything that was there, and says what it will do', () => {
    const current: BackupData = {
      people: [{ id: 'a', name: 'Sam', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }] }],
      urges: [data.urges[0]!],
      weekNotes: { '2026-11-23': 'Mine, kept.' },
      letters: [],
      ownWords: { plans: [], reasons: [] },
    };
    const incoming: BackupData = {
      people: [
        { id: 'a', name: 'Sam (old name)', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }, { key: 'x:someex', addedAt: now }] },
        { id: 'b', name: 'New partner', relationship: 'ex', addedAt: now, profiles: [{ key: 'tiktok:newone', addedAt: now }] },
        { id: 'c', name: 'Duplicate', relationship: 'ex', addedAt: now, profiles: [{ key: 'x:someex', addedAt: now }] },
      ],
      urges: data.urges,
      weekNotes: { '2026-11-23': 'Theirs', '2026-11-16': 'Older week' },
      letters: [],
      ownWords: { plans: [], reasons: [] },
    };
    const { merged, preview } = mergeBackup(current, incoming);
    expect(preview).toEqual({ newProfiles: 2, knownProfiles: 2, newUrges: 1, knownUrges: 1, newWeekNotes: 1, newLetters: 0 });
    expect(merged.people.map((person) => [person.id, person.name, person.profiles.map((profile) => profile.key)])).toEqual([
      ['a', 'Sam', ['instagram:someex', 'x:someex']],
      ['b', 'New partner', ['tiktok:newone']],
    ]);
    expect(merged.urges.map((urge) => urge.id)).toEqual(['u1', 'u2']);
    expect(merged.weekNotes).toEqual({ '2026-11-23': 'Mine, kept.', '2026-11-16': 'Older week' });
    // Importing the same file again adds nothing.
    expect(mergeBackup(merged, incoming).preview).toMatchObject({ newProfiles: 0, newUrges: 0, newWeekNotes: 0 });
  });
});

// A deterministic generator of hostile and broken files.
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('readBackup fuzzing', () => {
  const valid = JSON.stringify(makeBackup(data, now));
  const random = mulberry32(2026);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weird: unknown[] = [null, true, 0, -1, 1e308, Number.NaN, '', 'x'.repeat(3000), [], {}, [[[]]], { __proto__: { a: 1 } }, '<img src=x onerror=alert(1)>', '\u0000', '\ud800'];
  const mutateJson = (value: unknown, depth = 0): unknown => {
    if (depth > 4 || random() < 0.15) return pick(weird);
    if (Array.isArray(value)) {
      const copy = value.map((item) => (random() < 0.3 ? mutateJson(item, depth + 1) : item));
      if (random() < 0.2) copy.push(pick(weird));
      if (random() < 0.1) copy.splice(0, 1);
      return copy;
    }
    if (value !== null && typeof value === 'object') {
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const key of Object.keys(copy)) if (random() < 0.3) copy[key] = mutateJson(copy[key], depth + 1);
      if (random() < 0.1) delete copy[pick(Object.keys(copy))];
      if (random() < 0.1) copy[pick(['extra', 'constructor', 'prototype', 'format'])] = pick(weird);
      return copy;
    }
    return random() < 0.5 ? pick(weird) : value;
  };
  const cases: string[] = [];
  for (let i = 0; i < 600; i++) cases.push(JSON.stringify(mutateJson(JSON.parse(valid))));
  for (let i = 0; i < 300; i++) cases.push(valid.slice(0, Math.floor(random() * valid.length)));
  for (let i = 0; i < 200; i++) {
    const at = Math.floor(random() * valid.length);
    cases.push(valid.slice(0, at) + pick(['"', '}', ']', ',', '\\', 'null', '\u0000']) + valid.slice(at + 1));
  }

  it(`answers each of ${cases.length} broken files without throwing, and accepts only well-formed ones`, () => {
    let refused = 0;
    for (const text of cases) {
      const read = readBackup(t, text, now);
      if (!read.ok) {
        refused++;
        expect(read.message).toMatch(/Nothing was changed\.$/);
        continue;
      }
      // Anything accepted is, entry by entry, what a backup may hold.
      for (const urge of read.backup.urges) expect(typeof urge.id).toBe('string');
      for (const person of read.backup.people) for (const profile of person.profiles) expect(profile.key).toMatch(/^[a-z]+:/);
    }
    expect(refused).toBeGreaterThan(cases.length / 2);
  });
});
