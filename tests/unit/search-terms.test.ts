import { describe, expect, it } from 'vitest';
import { handleOfKey, matchesTerm, normalize, personSearched, type SearchTerm, termOf, termsOf, tokens, watchedPeople } from '../../lib/search-terms';
import { searchTextOf } from '../../lib/search-urls';

const term = (kind: SearchTerm['kind'], text: string): SearchTerm => {
  const made = termOf(kind, text);
  if (made === null) throw new Error(`no term from ${text}`);
  return made;
};

/** Whether a query, as typed, names the term. */
const names = (query: string, watched: SearchTerm) => matchesTerm(tokens(query), watched);

/** The same query as it reaches a search engine's address, however it was encoded. */
const inAddress = (query: string) => searchTextOf(`https://www.google.com/search?q=${query}`) ?? '';

describe('normalize and tokens', () => {
  it.each([
    ['Zoë Dupré', 'zoe dupre'],
    ['ZOË DUPRÉ', 'zoe dupre'],
    ['Zoe\u0308', 'zoe'],
    ['Weiß', 'weiss'],
    ['İpek Yılmaz', 'ipek yilmaz'],
    ['Søren Łukasz Æsa', 'soren lukasz aesa'],
    ['María', 'maria'],
  ])('%s → %s', (text, expected) => {
    expect(normalize(text)).toBe(expected);
  });

  it('splits on anything but letters and digits, and drops empty words', () => {
    expect(tokens('"Sam  Smith"')).toEqual(['sam', 'smith']);
    expect(tokens('@sam.smith_92')).toEqual(['sam', 'smith', '92']);
    expect(tokens('SMITH, Sam')).toEqual(['smith', 'sam']);
    expect(tokens('  +++ ')).toEqual([]);
  });
});

describe('which terms a person is watched for', () => {
  it('never a name of one word: a common first name alone would pause searches for everyone called that', () => {
    expect(termOf('name', 'Sam')).toBeNull();
    expect(termOf('name', '  Sam  ')).toBeNull();
    expect(termOf('name', '')).toBeNull();
    // Unless the user adds it as a term of their own.
    expect(termOf('extra', 'Sam')).toEqual({ kind: 'extra', words: ['sam'], text: 'Sam' });
  });

  it('a handle with or without @, and not one too short to tell from an ordinary word', () => {
    expect(termOf('handle', '@sam.smith_92')).toMatchObject({ kind: 'handle', words: ['sam', 'smith', '92'] });
    expect(termOf('handle', 'someex')).toMatchObject({ kind: 'handle', words: ['someex'] });
    expect(termOf('handle', 'sam')).toBeNull();
  });

  it.each([
    ['instagram:someex', 'someex'],
    ['x:Sam_Smith', 'Sam_Smith'],
    ['facebook:100004523', null],
    ['youtube:channel/UCabcdefghijklmnopqrstuv', null],
    ['youtube:c/samsmith', 'samsmith'],
    ['bluesky:samsmith.bsky.social', 'samsmith'],
    ['bluesky:sam.example.com', 'sam.example.com'],
  ])('the handle of %s is %s', (key, handle) => {
    expect(handleOfKey(key)).toBe(handle);
  });

  it('a person: their name, their handles and their extra terms, each once', () => {
    expect(termsOf({ name: 'Sam Smith', profileKeys: ['instagram:samsmith92', 'x:samsmith92', 'facebook:1000045'], extra: ['Sammy', 'sam smith'] })).toEqual([
      { kind: 'name', words: ['sam', 'smith'], text: 'Sam Smith' },
      { kind: 'handle', words: ['samsmith92'], text: 'samsmith92' },
      { kind: 'extra', words: ['sammy'], text: 'Sammy' },
      { kind: 'extra', words: ['sam', 'smith'], text: 'sam smith' },
    ]);
  });

  it('reads the stored list as it is: only people with the choice on, any shape tolerated', () => {
    const stored = [
      { id: 'a', name: 'Sam Smith', profiles: [{ key: 'instagram:samsmith92' }], search: { on: true, terms: ['Sammy', 7] } },
      { id: 'b', name: 'Alex Doe', profiles: [], search: { on: false, terms: [] } },
      { id: 'c', name: 'Kim Lee', profiles: [] },
      { id: 'd', name: 'Sam', profiles: [], search: { on: true, terms: [] } },
      null,
      { name: 'No Id', search: { on: true } },
    ];
    expect(watchedPeople(stored).map((person) => [person.id, person.terms.length])).toEqual([['a', 3]]);
    expect(watchedPeople(undefined)).toEqual([]);
    expect(watchedPeople('nonsense')).toEqual([]);
  });
});

// Each row: the term, queries that must be paused, queries that must not (near misses).
const TABLE: readonly { term: SearchTerm; match: string[]; miss: string[] }[] = [
  {
    term: term('name', 'Sam Smith'),
    match: ['sam smith', 'SMITH, Sam', '"sam  smith"', 'sam j. smith photos', 'samsmith', 'Sam Smith instagram', 'smith sam'],
    miss: ['sam jones', 'samantha smith', 'sam smithers', 'blacksmith sam', 'sam', 'smith', 'sams mith'],
  },
  { term: term('name', 'Zoë Dupré'), match: ['zoe dupre', 'Zoë Dupré', 'ZOË DUPRÉ', 'dupré zoë', 'Zoe\u0308 Dupre\u0301'], miss: ['zoey dupre', 'zoe'] },
  { term: term('name', 'Jean-Luc Picard'), match: ['jean luc picard', 'picard jean-luc', 'jeanluc picard', 'Jean-Luc Picard'], miss: ['jean picard', 'luc picard'] },
  { term: term('name', 'María de la Cruz'), match: ['maria cruz', 'cruz maría de la', 'MARIA DE LA CRUZ'], miss: ['maria', 'cruz', 'maria de la'] },
  { term: term('name', 'Li Na'), match: ['li na', 'na li', 'Li Na tennis'], miss: ['li', 'nana li', 'lina'] },
  { term: term('name', 'İpek Yılmaz'), match: ['ipek yilmaz', 'İPEK YILMAZ'], miss: ['ipek'] },
  { term: term('extra', 'Weiß'), match: ['weiss', 'Weiß', 'WEISS berlin'], miss: ['weis', 'weissbier'] },
  { term: term('handle', '@sam.smith_92'), match: ['sam.smith_92', '@sam.smith_92', 'sam smith 92', 'samsmith92', 'from:sam.smith_92', 'SAM.SMITH_92'], miss: ['sam.smith_93', 'sam.smith_921', 'sam smith', '92 sam smith'] },
  { term: term('extra', 'Sammy'), match: ['sammy', "sammy's", 'Sammy!'], miss: ['sammyjo', 'sam'] },
  { term: term('name', '山田 太郎'), match: ['山田太郎', '山田太郎 twitter'], miss: ['山田花子'] },
];

describe.each(TABLE)('matching $term.kind "$term.words"', ({ term: watched, match, miss }) => {
  it.each(match)('pauses "%s"', (query) => {
    expect(names(query, watched)).toBe(true);
  });
  it.each(miss)('lets "%s" through', (query) => {
    expect(names(query, watched)).toBe(false);
  });
});

describe('any encoding of the query in an address', () => {
  const samSmith = term('name', 'Sam Smith');
  const zoe = term('name', 'Zoë Dupré');
  it.each(['sam+smith', 'sam%20smith', 'Sam%20%20Smith', '%22sam+smith%22', 'SMITH%2C+SAM', 'sam%2Bsmith'])('Sam Smith from %s', (query) => {
    expect(names(inAddress(query), samSmith)).toBe(true);
  });
  it.each(['Zo%C3%AB+Dupr%C3%A9', 'ZO%C3%8B%20DUPR%C3%89', 'Zoe%CC%88+Dupre%CC%81', 'zoe+dupre', 'dupr%C3%A9%20zo%C3%AB'])('Zoë Dupré from %s', (query) => {
    expect(names(inAddress(query), zoe)).toBe(true);
  });
  it('a near miss stays a near miss however it is written', () => {
    expect(names(inAddress('sam+jones'), samSmith)).toBe(false);
    expect(names(inAddress('samantha%20smith'), samSmith)).toBe(false);
  });
});

describe('personSearched', () => {
  const people = watchedPeople([
    { id: 'sam', name: 'Sam Smith', profiles: [{ key: 'instagram:ssmith_92' }], search: { on: true, terms: [] } },
    { id: 'kim', name: 'Kim', profiles: [], search: { on: true, terms: ['Kimmy K'] } },
  ]);
  it('names the person a search is for, or no one', () => {
    expect(personSearched('sam smith', people)?.id).toBe('sam');
    expect(personSearched('@ssmith_92 photos', people)?.id).toBe('sam');
    expect(personSearched('kimmy k', people)?.id).toBe('kim');
    expect(personSearched('kim', people)).toBeNull();
    expect(personSearched('sam jones', people)).toBeNull();
    expect(personSearched('', people)).toBeNull();
  });
});
