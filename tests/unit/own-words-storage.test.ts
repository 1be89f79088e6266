import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { letterOpening } from '../../lib/letter';
import { deleteLetter, deletePlan, loadLetters, loadOwnWords, markSaid, savePlan, saveReasons, saveLetter, wasSaid } from '../../platform/storage/own-words';

beforeEach(() => fakeBrowser.reset());

describe('the user’s own words in storage', () => {
  it('keeps plans made at the same moment from two pages, and deletes one at once', async () => {
    await Promise.all([
      savePlan({ id: 'a', when: { kind: 'trigger', trigger: 'lonely' }, then: 'call Maya' }),
      savePlan({ id: 'b', when: { kind: 'hours', from: 22, to: 1 }, then: 'read a chapter' }),
      saveReasons(['I want calm mornings']),
    ]);
    expect((await loadOwnWords()).plans.map((plan) => plan.id).sort()).toEqual(['a', 'b']);
    await savePlan({ id: 'a', when: { kind: 'trigger', trigger: 'lonely' }, then: 'text Maya' });
    await deletePlan('b');
    expect(await loadOwnWords()).toEqual({ plans: [{ id: 'a', when: { kind: 'trigger', trigger: 'lonely' }, then: 'text Maya' }], reasons: ['I want calm mornings'] });
  });

  it('keeps each letter under its own key, lists them oldest first, and leaves damaged ones out', async () => {
    await saveLetter({ id: 'late', at: 2_000, text: 'I wanted to tell you' });
    await saveLetter({ id: 'early', at: 1_000, text: 'First' });
    await fakeBrowser.storage.local.set({ 'letter:bad': { id: 'bad', at: 'yesterday', text: 'x' } });
    expect((await loadLetters()).map((letter) => letter.id)).toEqual(['early', 'late']);
    await deleteLetter('early');
    expect((await loadLetters()).map((letter) => letter.id)).toEqual(['late']);
  });

  it('remembers what was said once', async () => {
    expect(await wasSaid('easing')).toBe(false);
    await Promise.all([markSaid('easing'), markSaid('support')]);
    expect([await wasSaid('easing'), await wasSaid('support')]).toEqual([true, true]);
  });

  it('opens a letter in the list with its first whole words', () => {
    expect(letterOpening('Short one.')).toBe('Short one.');
    expect(letterOpening('I keep thinking about the night we walked home along the river and you said nothing at all', 40)).toBe('I keep thinking about the night we…');
  });
});
