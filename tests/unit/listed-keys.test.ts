import { describe, expect, it } from 'vitest';
import { listedKeysFromStored } from '../../lib/listed-keys';

describe('listedKeysFromStored', () => {
  it('reads every valid key of every person', () => {
    const stored = [
      { id: 'a', profiles: [{ key: 'instagram:someex' }, { key: 'x:someex' }] },
      { id: 'b', profiles: [{ key: 'tiktok:newpartner' }] },
    ];
    expect(listedKeysFromStored(stored)).toEqual(new Set(['instagram:someex', 'x:someex', 'tiktok:newpartner']));
  });

  it('tolerates any shape without throwing, keeping what is valid', () => {
    expect(listedKeysFromStored(undefined)).toEqual(new Set());
    expect(listedKeysFromStored({ people: [] })).toEqual(new Set());
    expect(listedKeysFromStored([null, 1, 'x', { profiles: 'no' }, { profiles: [null, { key: 7 }, { key: 'instagram:Bad Key' }, { key: 'x:ok' }] }])).toEqual(
      new Set(['x:ok']),
    );
  });
});
