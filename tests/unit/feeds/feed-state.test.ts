import { describe, expect, it } from 'vitest';
import { normalised, readFeedState } from '../../../lib/feed-state';
import { mustHide } from '../../../lib/must-stop';

const now = Date.UTC(2026, 10, 26, 20);
const people = [
  { id: 'a', name: ' Sam ', hideInFeeds: true, profiles: [{ key: 'instagram:someex' }, { key: 'facebook:someex' }, { key: 'youtube:王小明' }] },
  { id: 'b', name: '', hideInFeeds: true, profiles: [{ key: 'x:newpartner' }, { key: 'tumblr:some-ex' }] },
  // Listed before feeds could be quieted (no field), or turned off: their things stay in feeds.
  { id: 'c', name: 'Old', profiles: [{ key: 'tiktok:older' }] },
  { id: 'd', name: 'Off', hideInFeeds: false, profiles: [{ key: 'reddit:turnedoff' }] },
  'garbage',
  { id: 'e', hideInFeeds: 'yes', profiles: [{ key: 'bluesky:notaboolean.bsky.social' }] },
];
const stored = (extra: Record<string, unknown> = {}) => ({ people, allowances: {}, settings: {}, learnedIds: { 'x:newpartner': ['x:user/1234567890', 42] }, pausePass: 'abc-123', ...extra });

describe('what the feed script reads', () => {
  it('knows every key of the people whose choice is on, and whose each is, learned ids included', () => {
    const state = readFeedState(stored());
    expect([...state.keys]).toEqual([
      ['instagram:someex', { listed: 'instagram:someex', name: 'Sam' }],
      ['facebook:someex', { listed: 'facebook:someex', name: 'Sam' }],
      ['youtube:王小明', { listed: 'youtube:王小明', name: 'Sam' }],
      ['x:newpartner', { listed: 'x:newpartner', name: '' }],
      ['x:user/1234567890', { listed: 'x:newpartner', name: '' }],
      ['tumblr:some-ex', { listed: 'tumblr:some-ex', name: '' }],
    ]);
    expect(state).toMatchObject({ placeholder: false, pass: 'abc-123' });
    expect(readFeedState(stored({ settings: { feedPlaceholder: true }, pausePass: '<bad>' }))).toMatchObject({ placeholder: true, pass: '' });
  });

  it('looks first for a fragment every address naming them contains, however it is written', () => {
    const { needles, mentions } = readFeedState(stored());
    // The compiled test reads as the plain one would: lowercase, periods dropped.
    const plainly = (url: string) => needles.some((needle) => normalised(url).includes(needle));
    for (const url of ['https://www.instagram.com/S.O.M.E.E.X/', 'https://x.com/NewPartner', 'https://x.com/new.partner_', 'https://x.com/newpartne', 'https://x.com/someone_else', 'https://x.com/(newpartner)']) {
      expect(mentions(url), url).toBe(plainly(url));
    }
    expect(readFeedState(stored({ people: [] })).mentions('https://x.com/anyone')).toBe(false);
    // A key holding what a pattern would read as syntax is matched as written.
    const odd = readFeedState(stored({ people: [{ id: 'o', name: '', hideInFeeds: true, profiles: [{ key: 'reddit:a+b(c)[d]' }] }] }));
    expect(['https://example.com/a+b(c)[d]', 'https://example.com/aab(c)[d]', 'https://example.com/A.+B(C)[D]'].map(odd.mentions)).toEqual([true, false, true]);
    for (const url of [
      'https://www.instagram.com/someex/',
      'https://www.facebook.com/Some.Ex?__tn__=R',
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.instagram.com%2Fsomeex%2F',
      'https://www.youtube.com/@%E7%8E%8B%E5%B0%8F%E6%98%8E',
      'https://x.com/intent/user?user_id=1234567890',
      'https://some--ex-tumblr-com.translate.goog/',
    ]) {
      expect(mentions(url), url).toBe(true);
    }
    expect(mentions('https://x.com/someone_else')).toBe(false);
    // A letter or period written percent-encoded, in either case, still names them; nobody else.
    for (const url of ['https://www.instagram.com/%73omeex/', 'https://www.instagram.com/%73ome%45x/', 'https://x.com/new%2Epartner', 'https://x.com/NEW%50ARTNER']) {
      expect(mentions(url), url).toBe(true);
    }
    expect(mentions('https://x.com/%73omeone_else')).toBe(false);
  });

  it('reads anything stored as nothing to hide, never throwing', () => {
    for (const bad of [undefined, null, 'x', 42, [null], [{ hideInFeeds: true, profiles: 'x' }]]) {
      expect(readFeedState({ people: bad, allowances: 'x', settings: null, learnedIds: [], pausePass: 1 }).keys.size).toBe(0);
    }
  });
});

describe('mustHide: the one stop rule, for feeds', () => {
  it('hides what names them, unless that profile is open under an allowance or protection is paused', () => {
    const state = readFeedState(stored());
    expect(mustHide('instagram:someex', state, now)).toBe(true);
    expect(mustHide('x:user/1234567890', state, now)).toBe(true);
    expect(mustHide('tiktok:older', state, now)).toBe(false);
    expect(mustHide('instagram:someone_else', state, now)).toBe(false);
    // "Continue" (or "Show") opened x:newpartner: its learned id is open with it.
    const open = readFeedState(stored({ allowances: { 'x:newpartner': { grantedAt: now - 60_000, expiresAt: now + 60_000 } } }));
    expect(mustHide('x:user/1234567890', open, now)).toBe(false);
    expect(mustHide('x:newpartner', open, now + 120_000)).toBe(true);
    const paused = readFeedState(stored({ settings: { pausedUntil: now + 1 } }));
    expect(mustHide('instagram:someex', paused, now)).toBe(false);
  });
});
