import { describe, expect, it } from 'vitest';
import { isIdForm, keepListed, learnId, MAX_IDS_PER_PROFILE, readLearnedIds } from '../../../lib/learned-ids';

const listed = new Set(['x:someex', 'youtube:someex', 'linkedin:someex', 'facebook:someex']);

describe('ids learned beside a listed handle', () => {
  it('knows an id from a handle', () => {
    expect(['x:user/1234567890', 'youtube:channel/UC_x5XG1OV2P6uZZ5FSM9Ttw', 'linkedin:urn/ACoAADSoo60BM6hxemTbnN2aA_Z1-WlNFRhRYhU', 'facebook:100012345', 'bluesky:did:plc:z72i7hdynmk6r22z27h6tvur'].every(isIdForm)).toBe(true);
    expect(['x:someex', 'facebook:someex', 'youtube:someex', 'instagram:12345'].some(isIdForm)).toBe(false);
  });

  it('keeps an id of the same network for a listed handle, once', () => {
    const first = learnId({}, listed, 'x:someex', 'x:user/1234567890');
    expect(first).toEqual({ 'x:someex': ['x:user/1234567890'] });
    expect(learnId(first, listed, 'x:someex', 'x:user/1234567890')).toBeNull();
    expect(learnId(first, listed, 'youtube:someex', 'youtube:channel/UC_x5XG1OV2P6uZZ5FSM9Ttw')).toEqual({
      'x:someex': ['x:user/1234567890'],
      'youtube:someex': ['youtube:channel/UC_x5XG1OV2P6uZZ5FSM9Ttw'],
    });
  });

  it('refuses anything else: not listed, another network, not an id, invalid, or listed itself', () => {
    expect(learnId({}, listed, 'x:someone', 'x:user/1')).toBeNull();
    expect(learnId({}, listed, 'x:someex', 'facebook:100012345')).toBeNull();
    expect(learnId({}, listed, 'x:someex', 'x:other')).toBeNull();
    expect(learnId({}, listed, 'x:someex', 'x:user/abc')).toBeNull();
    expect(learnId({}, new Set([...listed, 'x:user/1']), 'x:someex', 'x:user/1')).toBeNull();
    expect(learnId({}, listed, 'facebook:100012345', 'facebook:100012345')).toBeNull();
  });

  it(`keeps the last ${MAX_IDS_PER_PROFILE} per profile, reads damaged values safely, and forgets unlisted profiles`, () => {
    let learned: unknown = {};
    for (let i = 1; i <= MAX_IDS_PER_PROFILE + 2; i++) learned = learnId(learned, listed, 'x:someex', `x:user/${i}`);
    expect(readLearnedIds(learned)['x:someex']).toEqual(['x:user/3', 'x:user/4', 'x:user/5', 'x:user/6']);
    expect(readLearnedIds({ 'x:someex': ['x:user/1', 'youtube:channel/UC_x5XG1OV2P6uZZ5FSM9Ttw', 7, 'x:user/1'], 'bad key': ['x:user/2'], 'x:other': 'x:user/3' })).toEqual({ 'x:someex': ['x:user/1'] });
    expect(readLearnedIds('x')).toEqual({});
    expect(keepListed({ 'x:someex': ['x:user/1'], 'x:gone': ['x:user/2'] }, listed)).toEqual({ 'x:someex': ['x:user/1'] });
  });
});
