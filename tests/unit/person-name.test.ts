import { describe, expect, it } from 'vitest';
import { personName } from '../../components/person-name';
import type { Person } from '../../lib/people';
import { useLanguage } from './messages';

const person = (id: string, name: string, ...keys: string[]): Person => ({ id, name, relationship: 'ex', addedAt: 1, profiles: keys.map((key) => ({ key, addedAt: 1 })) });

describe('a person’s name', () => {
  const sam = person('a', 'Sam', 'instagram:someex');

  it('is the name the user gave', () => {
    expect(personName(sam, [sam])).toBe('Sam');
  });

  it('is “Someone” until they choose one, never a number', () => {
    const unnamed = person('b', '', 'x:someex');
    expect(personName(unnamed, [unnamed])).toBe('Someone');
    expect(personName(unnamed, [sam, unnamed])).toBe('Someone');
  });

  it('tells several unnamed people apart by their first profile', () => {
    const first = person('b', '', 'x:someex', 'tiktok:someex');
    const second = person('c', '', 'instagram:newpartner');
    const none = person('d', '');
    const people = [sam, first, second, none];
    expect(people.map((one) => personName(one, people))).toEqual(['Sam', 'Someone (X @someex)', 'Someone (Instagram @newpartner)', 'Someone (no profiles yet)']);
  });

  it('in Spanish too', () => {
    useLanguage('es');
    const first = person('b', '', 'x:someex');
    const second = person('c', '');
    expect(personName(first, [first])).toBe('Alguien');
    expect([first, second].map((one) => personName(one, [first, second]))).toEqual(['Alguien (X @someex)', 'Alguien (aún sin perfiles)']);
  });
});
