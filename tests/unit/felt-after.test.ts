import { describe, expect, it } from 'vitest';
import { pendingFeltAfter } from '../../lib/felt-after';
import { newUrge, type Urge } from '../../lib/urge';

const now = Date.UTC(2026, 10, 26, 20);
const minutes = 60_000;
const urge = (id: string, ago: number, fields: Partial<Urge> = {}) =>
  newUrge({ id, at: now - ago, profileKey: 'instagram:someex', source: 'load', outcome: 'continued', ...fields });

describe('pendingFeltAfter', () => {
  it('asks about the latest look without an answer, once it is a few minutes old', () => {
    expect(pendingFeltAfter([urge('old', 60 * minutes), urge('newer', 10 * minutes)], now)?.id).toBe('newer');
    expect(pendingFeltAfter([urge('just-now', 30_000)], now)).toBeNull();
  });

  it('asks once: an answer or a skip settles it', () => {
    expect(pendingFeltAfter([urge('a', 10 * minutes, { feltAfter: 'skipped' }), urge('b', 20 * minutes, { feltAfter: 'worse' })], now)).toBeNull();
  });

  it('never asks about a turned-back urge or a look from long ago', () => {
    expect(pendingFeltAfter([urge('a', 10 * minutes, { outcome: 'turned-back' }), urge('b', 8 * 24 * 60 * minutes)], now)).toBeNull();
  });
});
