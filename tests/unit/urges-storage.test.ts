import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadUrge, loadUrges, saveUrge } from '../../lib/storage';
import { newUrge } from '../../lib/urge';

beforeEach(() => fakeBrowser.reset());

describe('urge storage', () => {
  it('keeps every urge when many are saved at the same moment', async () => {
    const urges = Array.from({ length: 250 }, (_, i) => newUrge({ id: `u${i}`, at: 1_000 + i, profileKey: 'instagram:someex', source: 'load' }));
    await Promise.all(urges.map(saveUrge));
    const { value, dropped } = await loadUrges();
    expect(dropped).toBe(0);
    expect(value.map((urge) => urge.id)).toEqual(urges.map((urge) => urge.id));
  });

  it('stores each urge under its own key, with its shape version', async () => {
    await saveUrge(newUrge({ id: 'a', at: 5, profileKey: null, source: 'manual', triggers: ['lonely'] }));
    const stored = await fakeBrowser.storage.local.get('urge:a');
    expect(stored['urge:a']).toMatchObject({ id: 'a', v: 1, triggers: ['lonely'], outcome: 'undecided' });
    expect((await loadUrge('a'))?.triggers).toEqual(['lonely']);
  });

  it('sets aside unreadable urges and reports them, keeping the rest', async () => {
    await saveUrge(newUrge({ id: 'good', at: 5, profileKey: 'x:someex', source: 'app' }));
    await fakeBrowser.storage.local.set({
      'urge:bad1': { id: 'bad1', at: 'yesterday' },
      'urge:bad2': 'garbage',
      'urge:bad3': { ...newUrge({ id: 'bad3', at: 1, profileKey: 'x:someex', source: 'load' }), strength: 11 },
      unrelated: { id: 'x' },
    });
    const { value, dropped } = await loadUrges();
    expect(value.map((urge) => urge.id)).toEqual(['good']);
    expect(dropped).toBe(3);
  });
});
