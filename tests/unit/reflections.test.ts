import { beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../platform/i18n';
import { type Reflection, reflections } from '../../content/reflections';
import { breathSeconds } from '../../lib/breath';
import { markShown, pickReflection, readRotation, type RotationState } from '../../lib/reflection-rotation';
import { LANGUAGES, useLanguage } from './messages';

describe('reflections content', () => {
  it('has at least 24, with unique ids and every theme', () => {
    expect(reflections.length).toBeGreaterThanOrEqual(24);
    expect(new Set(reflections.map((reflection) => reflection.id)).size).toBe(reflections.length);
    expect(new Set(reflections.map((reflection) => reflection.message)).size).toBe(reflections.length);
    expect(new Set(reflections.map((reflection) => reflection.theme))).toEqual(
      new Set(['own-pace', 'self-compassion', 'cannot-control', 'acceptance', 'healthier-care']),
    );
  });

  // Each language's words are checked, as the pause screen shows them.
  describe.each(LANGUAGES)('in %s', (language) => {
    const texts = () => reflections.map((reflection) => t(reflection.message));
    beforeEach(() => useLanguage(language));

    it('no text is empty or too long for the screen', () => {
      for (const text of texts()) {
        expect(text.trim()).toBe(text);
        expect(text.length).toBeGreaterThan(20);
        expect(text.length).toBeLessThanOrEqual(160);
      }
    });

    it('several end in a gentle question', () => {
      expect(texts().filter((text) => text.endsWith('?')).length).toBeGreaterThanOrEqual(6);
    });
  });
});

// A repeatable sequence instead of Math.random.
function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('pickReflection', () => {
  it('shows every reflection once before any repeats, and never the same twice in a row', () => {
    const random = seeded(7);
    let state: RotationState = { seen: [] };
    const shown: string[] = [];
    for (let i = 0; i < reflections.length * 4; i++) {
      const next = pickReflection(reflections, state, random);
      shown.push(next.reflection.id);
      state = next.state;
    }
    for (let cycle = 0; cycle < 4; cycle++) {
      const ids = shown.slice(cycle * reflections.length, (cycle + 1) * reflections.length);
      expect(new Set(ids).size).toBe(reflections.length);
    }
    for (let i = 1; i < shown.length; i++) expect(shown[i]).not.toBe(shown[i - 1]);
  });

  it('copes with reflections removed since the state was stored', () => {
    const two: Reflection[] = [reflections[0]!, reflections[1]!];
    const next = pickReflection(two, { seen: ['gone-1', two[0]!.id], last: 'gone-1' }, () => 0);
    expect(next.reflection.id).toBe(two[1]!.id);
    expect(next.state.seen).toEqual([two[0]!.id, two[1]!.id]);
  });

  it('with one reflection, shows it again rather than nothing', () => {
    const one = [reflections[0]!];
    expect(pickReflection(one, { seen: [one[0]!.id], last: one[0]!.id }, () => 0.99).reflection).toBe(one[0]);
  });
});

describe('markShown', () => {
  it('records a pause as picking did, so one pause after another never repeats within a cycle', () => {
    const random = seeded(11);
    let state: RotationState = { seen: [] };
    for (let i = 0; i < reflections.length * 3; i++) {
      const next = pickReflection(reflections, state, random);
      const recorded = markShown(reflections, state, next.reflection.id);
      expect(recorded).toEqual(next.state);
      state = recorded;
    }
  });

  it('keeps both reflections seen when two pauses opened at once and record one after the other', () => {
    const [a, b] = [reflections[0]!.id, reflections[1]!.id];
    const afterFirst = markShown(reflections, { seen: [] }, a);
    expect(markShown(reflections, afterFirst, b)).toEqual({ seen: [a, b], last: b });
    // Both showed the same one: it is seen once.
    expect(markShown(reflections, afterFirst, a)).toEqual({ seen: [a], last: a });
  });

  it('starts the next cycle with a reflection shown once every one has been seen', () => {
    const all = reflections.map((reflection) => reflection.id);
    expect(markShown(reflections, { seen: [...all, 'gone-1'], last: all.at(-1)! }, all[0]!)).toEqual({ seen: [all[0]], last: all[0] });
  });
});

describe('breathSeconds', () => {
  it('grows with each attempt on the same day, up to a cap', () => {
    expect([1, 2, 3, 4, 5, 12].map((attempt) => breathSeconds(attempt))).toEqual([10, 20, 40, 60, 60, 60]);
    expect(breathSeconds(2, [5, 15])).toBe(15);
    expect(breathSeconds(0)).toBe(10);
  });
});

describe('readRotation', () => {
  it('starts afresh from a stored value of the wrong shape', () => {
    expect(readRotation(undefined)).toEqual({ seen: [] });
    expect(readRotation({ seen: 'pace-1', last: 7 })).toEqual({ seen: [] });
    expect(readRotation({ seen: ['pace-1', 3, null], last: 'pace-1' })).toEqual({ seen: ['pace-1'], last: 'pace-1' });
  });
});
