import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { grantAllowance } from '../../lib/allowances';
import { pausePageHref } from '../../lib/pause-request';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { newUrge } from '../../lib/urge';
import { readPauseValues, startPause } from '../../platform/pause/start-pause';
import { allowancesItem, pausePassItem, peopleItem, settingsItem } from '../../platform/storage/keys';
import { saveUrge, saveUrges } from '../../platform/storage/urges';
import { recordReflectionShown } from '../../platform/storage/rotation';
import { withLock } from '../../platform/storage/locks';
import { reflections } from '../../content/reflections';
import { pinClock } from './clock';
import { markPlanOffered, savePlan, saveReasons } from '../../platform/storage/own-words';

const now = new Date('2026-11-26T21:00').getTime();
const PASS = '6f1c1b7e-2f1a-4d2b-9a8e-0c6a5b4d3e2f';
const PROFILE = 'https://www.instagram.com/someex/reels/';
const ours = (target = PROFILE) => pausePageHref('chrome-extension://abc/pause.html', target, 'load', PASS);
const start = (overrides: Partial<Parameters<typeof startPause>[0]> = {}) =>
  startPause({ href: ours(), historyState: null, hasOpener: false, locale: 'en-GB', now, random: () => 0, ...overrides });

beforeEach(async () => {
  // Saving urges counts the digest on the system clock: the same moment as the page's.
  pinClock(now);
  fakeBrowser.reset();
  await peopleItem.setValue([{ id: 'a', name: 'Sam', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }] }]);
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, breathSteps: [10, 20, 40] });
  await pausePassItem.setValue(PASS);
});

describe('the pause page as it opens', () => {
  it('makes a new urge for a listed profile the user set out to visit, with a reflection and the first breath of the day', async () => {
    const pause = await start();
    expect(pause).toMatchObject({ kind: 'pause', unsaved: true, breathSeconds: 10, request: { key: 'instagram:someex', target: PROFILE, via: 'load' } });
    if (pause.kind !== 'pause') return;
    expect(pause.urge).toMatchObject({ at: now, profileKey: 'instagram:someex', source: 'load', outcome: 'undecided', shownReflection: pause.reflection.id });
    expect(pause.urge.arrival).toBeUndefined();
  });

  it('draws from the one read the page started before anything else, read the moment it started', async () => {
    await saveUrges([newUrge({ id: 'earlier', at: now - 3_600_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' })]);
    const values = readPauseValues();
    // Written after that read began: not what this pause was opened with, so not in its story.
    await saveUrges([newUrge({ id: 'later', at: now - 60_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' })]);
    expect(await start({ values })).toMatchObject({ kind: 'pause', breathSeconds: 20, story: { attemptToday: 2 } });
    expect(await start()).toMatchObject({ kind: 'pause', breathSeconds: 40, story: { attemptToday: 3 } });
  });

  it('takes a longer breath with each pause of the day', async () => {
    await saveUrges([1, 2].map((hours) => newUrge({ id: `earlier${hours}`, at: now - hours * 3_600_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' })));
    expect(await start()).toMatchObject({ kind: 'pause', breathSeconds: 40, story: { attemptToday: 3 } });
  });

  it('shows the next reflection each time, never the same twice running', async () => {
    const first = await start();
    if (first.kind !== 'pause') throw new Error('no pause');
    // As the page does once its first frame is up.
    await recordReflectionShown(first.reflection.id, reflections);
    const second = await start();
    expect(second.kind === 'pause' && first.reflection.id !== second.reflection.id).toBe(true);
  });

  it('in background tabs opened together, each takes the next reflection in turn; one in view records its own once drawn', async () => {
    // The same draw for each: only the lock makes them differ.
    const opened = await Promise.all([1, 2, 3].map(() => start({ hidden: true, random: () => 0 })));
    const shown = opened.map((pause) => (pause.kind === 'pause' ? pause.reflection.id : null));
    expect(new Set(shown).size).toBe(3);
    expect(opened.map((pause) => pause.kind === 'pause' && pause.recordReflection)).toEqual([false, false, false]);
    const inView = await start();
    expect(inView).toMatchObject({ kind: 'pause', recordReflection: true });
    expect(shown).not.toContain(inView.kind === 'pause' && inView.reflection.id);
  });

  it('picks its reflection without waiting for the rotation lock, which another page may hold', async () => {
    let release = () => {};
    const held = withLock('rotation', () => new Promise<void>((resolve) => (release = resolve)));
    const pause = await start();
    expect(pause.kind).toBe('pause');
    release();
    await held;
  });

  it('after a reload, keeps the urge and the reflection of its history entry: no second urge', async () => {
    const first = await start();
    if (first.kind !== 'pause') throw new Error('no pause');
    await saveUrge(first.urge);
    const again = await start({ historyState: { urgeId: first.urge.id } });
    expect(again).toMatchObject({ kind: 'pause', unsaved: false, urge: { id: first.urge.id }, reflection: { id: first.reflection.id } });
  });

  it('says how it arrived when the user did not start it: opened by a page, or by a link someone else wrote', async () => {
    expect(await start({ hasOpener: true })).toMatchObject({ kind: 'pause', urge: { arrival: 'opened-by-page' } });
    expect(await start({ href: `chrome-extension://abc/pause.html?via=load&url=${PROFILE}` })).toMatchObject({ kind: 'pause', urge: { arrival: 'outside-link' } });
  });

  it.each([
    ['a profile not listed', ours('https://www.instagram.com/someone_else/')],
    ['an address that is not a profile', 'chrome-extension://abc/pause.html?via=load&url=javascript:alert(1)'],
    ['no address at all', 'chrome-extension://abc/pause.html'],
  ])('has nothing to open for %s', async (_, href) => {
    expect(await start({ href })).toEqual({ kind: 'nothing-to-open' });
  });

  it('goes straight through to a profile opened with "Continue" in another tab, or while protection is paused', async () => {
    await allowancesItem.setValue(grantAllowance({}, 'instagram:someex', now - 60_000, 5));
    expect(await start()).toEqual({ kind: 'go-through', target: PROFILE });
    await allowancesItem.setValue({});
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pausedUntil: now + 3_600_000 });
    expect(await start()).toEqual({ kind: 'go-through', target: PROFILE });
  });

  it('in the user’s stricter hours (9 PM here), is strict or breathes longer; outside them, as usual', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, breathSteps: [10], schedules: [{ from: 20, to: 23, strict: false, breathSeconds: 45 }] });
    expect(await start()).toMatchObject({ kind: 'pause', strict: false, breathSeconds: 45, hour: 21 });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, breathSteps: [10], schedules: [{ from: 20, to: 23, strict: true, breathSeconds: 0 }] });
    expect(await start()).toMatchObject({ kind: 'pause', strict: true });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, breathSteps: [10], schedules: [{ from: 6, to: 9, strict: true, breathSeconds: 120 }] });
    expect(await start()).toMatchObject({ kind: 'pause', strict: false, breathSeconds: 10 });
  });

  it('brings the user’s plans and reasons, and offers to make a plan once a day while there is none', async () => {
    expect(await start()).toMatchObject({ kind: 'pause', offerPlan: true, ownWords: { plans: [], reasons: [] } });
    await markPlanOffered(now);
    expect(await start()).toMatchObject({ kind: 'pause', offerPlan: false });
    await markPlanOffered(now - 86_400_000);
    expect(await start()).toMatchObject({ kind: 'pause', offerPlan: true });
    await savePlan({ id: 'p', when: { kind: 'trigger', trigger: 'lonely' }, then: 'call Maya' });
    await saveReasons(['My evenings are mine']);
    expect(await start()).toMatchObject({ kind: 'pause', offerPlan: false, ownWords: { plans: [{ id: 'p' }], reasons: ['My evenings are mine'] } });
  });

  it('asks about the last pause’s plan only when it turned back with one, and nobody has answered yet', async () => {
    const earlier = newUrge({ id: 'earlier', at: now - 3_600_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back', plan: { id: 'p', then: 'call Maya' } });
    await saveUrge(earlier);
    // Not while the user keeps no plans (deleted since): nothing to ask about.
    expect(await start()).toMatchObject({ kind: 'pause', askPlanHelped: null });
    await savePlan({ id: 'p', when: { kind: 'trigger', trigger: 'lonely' }, then: 'call Maya' });
    expect(await start()).toMatchObject({ kind: 'pause', askPlanHelped: { id: 'earlier', plan: { then: 'call Maya' } } });
    await saveUrge({ ...earlier, planHelped: 'no' });
    expect(await start()).toMatchObject({ kind: 'pause', askPlanHelped: null });
    await saveUrge({ ...earlier, outcome: 'continued' });
    expect(await start()).toMatchObject({ kind: 'pause', askPlanHelped: null });
    // A pause since, without a plan: the older plan is not asked about any more.
    await saveUrge({ ...earlier, planHelped: undefined });
    await saveUrge(newUrge({ id: 'since', at: now - 60_000, profileKey: 'instagram:someex', source: 'load', outcome: 'turned-back' }));
    expect(await start()).toMatchObject({ kind: 'pause', askPlanHelped: null });
  });
});
