import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { readSearchPauseRequest, readSearchStop, searchPauseHref, searchStopHref, SEARCH_STOP_TTL_MS } from '../../lib/search-pause';
import { startPause } from '../../platform/pause/start-pause';
import { forgetSearchStop, keepSearchStop, readSearchStopById } from '../../platform/pause/search-stop';
import { decideSearchRequest, type SearchRequest } from '../../platform/background/search-requests';
import { firefoxPasses } from '../../platform/background/search-passes';
import { watchedPeople } from '../../lib/search-terms';
import { readStopState } from '../../lib/must-stop';
import { allowancesItem, pausePassItem, peopleItem, settingsItem } from '../../platform/storage/keys';
import { pinClock } from './clock';

const now = new Date('2026-11-26T21:00').getTime();
const PASS = '6f1c1b7e-2f1a-4d2b-9a8e-0c6a5b4d3e2f';
const PAUSE = 'chrome-extension://abc/pause.html';
const people = [
  { id: 'sam', name: 'Sam Smith', relationship: 'ex', addedAt: now, profiles: [{ key: 'instagram:someex', addedAt: now }], search: { on: true, terms: [] } },
  { id: 'alex', name: '', relationship: 'ex', addedAt: now, profiles: [{ key: 'x:alexdoe', addedAt: now }], search: { on: true, terms: [] } },
];

beforeEach(async () => {
  pinClock(now);
  fakeBrowser.reset();
  await peopleItem.setValue(people);
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, breathSteps: [10, 20, 40] });
  await pausePassItem.setValue(PASS);
});

describe("the pause page's address for a search", () => {
  it('carries an id, never the words', () => {
    const href = searchPauseHref(PAUSE, { stopId: 'abc-123', personId: 'sam', pass: PASS });
    expect(href).toBe(`${PAUSE}?via=search&pass=${PASS}&person=sam&id=abc-123`);
    expect(readSearchPauseRequest(href)).toEqual({ stopId: 'abc-123', personId: 'sam', pass: PASS });
    expect(readSearchPauseRequest(`${PAUSE}?via=search&id=abc`)).toEqual({ stopId: 'abc', personId: null, pass: '' });
    // Not a search's (a profile's), or one still carrying its address: go.js has not run.
    expect(readSearchPauseRequest(`${PAUSE}?via=load&url=https://x.com/a`)).toBeNull();
    expect(readSearchPauseRequest(`${PAUSE}?via=search&id=abc&url=https://x.com/search?q=sam`)).toBeNull();
    expect(readSearchPauseRequest(`${PAUSE}?via=search&id=<script>`)).toBeNull();
  });

  it('on its way, go.html holds the address after &url= (go.js moves it into memory)', () => {
    expect(searchStopHref('chrome-extension://abc/go.html', 'https://x.com/search?q=sam%20smith', 'sam', PASS)).toBe(
      `chrome-extension://abc/go.html?via=search&pass=${PASS}&person=sam&url=https://x.com/search?q=sam%20smith`,
    );
  });

  it('a kept search is only ever a web address', () => {
    expect(readSearchStop({ url: 'https://www.google.com/search?q=a', at: 5 })).toEqual({ url: 'https://www.google.com/search?q=a', at: 5 });
    expect(readSearchStop({ url: 'javascript:alert(1)', at: 5 })).toBeNull();
    expect(readSearchStop('https://x.com')).toBeNull();
  });
});

describe('stopped searches, kept in memory', () => {
  it('are read back by id, forgotten once chosen, and forgotten after an hour', async () => {
    const id = await keepSearchStop('https://www.google.com/search?q=sam+smith', now);
    const old = await keepSearchStop('https://www.google.com/search?q=old', now - SEARCH_STOP_TTL_MS - 1);
    expect(await readSearchStopById(id, now)).toEqual({ url: 'https://www.google.com/search?q=sam+smith', at: now });
    expect(await readSearchStopById(old, now)).toBeNull();
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([`searchStop:${id}`]);
    await forgetSearchStop(id);
    expect(await readSearchStopById(id, now)).toBeNull();
    // Never in the extension's storage on disk.
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).some((key) => key.startsWith('searchStop'))).toBe(false);
  });
});

describe('the pause page as it opens for a search', () => {
  const open = async (url: string, person: string | null = null) => {
    const stopId = await keepSearchStop(url, now);
    return startPause({ href: searchPauseHref(PAUSE, { stopId, personId: person, pass: PASS }), historyState: null, hasOpener: false, locale: 'en-GB', now, random: () => 0 });
  };

  it('pauses a search for a listed person: the urge names the person, never a profile or the words', async () => {
    const pause = await open('https://www.google.com/search?q=Smith%2C+Sam');
    expect(pause).toMatchObject({ kind: 'pause', search: { personId: 'sam', personName: 'Sam Smith' }, request: { target: 'https://www.google.com/search?q=Smith%2C+Sam' } });
    if (pause.kind !== 'pause') return;
    expect(pause.urge).toMatchObject({ profileKey: null, source: 'search', personId: 'sam', outcome: 'undecided', hopingToFind: '' });
    expect(JSON.stringify(pause.urge)).not.toMatch(/smith/i);
  });

  it('lets a near miss of the request rules straight through, with no urge', async () => {
    expect(await open('https://www.google.com/search?q=samantha+smithers')).toEqual({ kind: 'go-through', target: 'https://www.google.com/search?q=samantha+smithers', search: { stopId: expect.any(String) } });
  });

  it('trusts whom the guard or Firefox found (the words may have come in a form), while they are watched', async () => {
    expect(await open('https://www.startpage.com/sp/search', 'alex')).toMatchObject({ kind: 'pause', search: { personId: 'alex', personName: '' } });
    expect(await open('https://www.startpage.com/sp/search', 'nobody')).toMatchObject({ kind: 'go-through' });
  });

  it('goes through while their searches are open after "Continue", or protection is paused', async () => {
    await allowancesItem.setValue({ 'search:sam': { grantedAt: now - 1000, expiresAt: now + 60_000 } });
    expect(await open('https://www.google.com/search?q=sam+smith')).toMatchObject({ kind: 'go-through', search: { stopId: expect.any(String) } });
    await allowancesItem.setValue({});
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pausedUntil: now + 60_000 });
    expect(await open('https://www.google.com/search?q=sam+smith')).toMatchObject({ kind: 'go-through', search: { stopId: expect.any(String) } });
  });

  it('has nothing to open once the search is forgotten', async () => {
    expect(await startPause({ href: searchPauseHref(PAUSE, { stopId: 'gone', personId: 'sam', pass: PASS }), historyState: null, hasOpener: false, locale: 'en-GB', now })).toEqual({ kind: 'nothing-to-open' });
  });
});

describe('Firefox: the decision on each request, before it is sent', () => {
  const known = { watched: watchedPeople(people), state: readStopState({ people, allowances: {}, settings: {} }), pass: PASS };
  const GO = 'moz-extension://u/go.html';
  const request = (url: string, more: Partial<SearchRequest> = {}): SearchRequest => ({ url, method: 'GET', type: 'main_frame', tabId: 3, ...more });

  it('a page load that searches for them goes to the pause, its address kept in memory', async () => {
    const decision = await decideSearchRequest(request('https://www.bing.com/search?q=sam+smith'), known, GO, now);
    expect(decision).toEqual({ redirectUrl: expect.stringMatching(new RegExp(`^${GO}\\?via=search&pass=${PASS}&person=sam&id=[0-9a-f-]+$`)) });
  });

  it('a request a page sends for them is cancelled; every other request goes on', async () => {
    expect(await decideSearchRequest(request('https://x.com/i/api/1.1/search/typeahead.json?q=sam%20smith', { type: 'xmlhttprequest' }), known, GO, now)).toEqual({ cancel: true });
    expect(await decideSearchRequest(request('https://x.com/i/api/1.1/search/typeahead.json?q=sam%20jones', { type: 'xmlhttprequest' }), known, GO, now)).toEqual({});
    expect(await decideSearchRequest(request('https://www.instagram.com/someone/'), known, GO, now)).toEqual({});
    expect(await decideSearchRequest(request('https://www.google.com/search?q=sam+smith', { tabId: -1 }), known, GO, now)).toEqual({});
  });

  it('a pass from the pause page lets that one page load by, in that tab, once', async () => {
    const url = 'https://www.bing.com/search?q=sam+smith';
    firefoxPasses.set(3, { url, until: now + 30_000 });
    expect(await decideSearchRequest(request(url), known, GO, now)).toEqual({});
    expect(await decideSearchRequest(request(url), known, GO, now)).toHaveProperty('redirectUrl');
  });

  it('reads a search sent in the body: a form posted to the engine, a GraphQL search, YouTube’s JSON', async () => {
    const post = request('https://www.startpage.com/sp/search', { method: 'POST', requestBody: { formData: { query: ['Sam Smith'] } } });
    const paused = (await decideSearchRequest(post, known, GO, now)) as { redirectUrl: string };
    const stopId = /id=([0-9a-f-]+)$/.exec(paused.redirectUrl)![1]!;
    // "Continue" opens the engine's results page for it: a form posted has no address of its own.
    expect(await readSearchStopById(stopId, now)).toMatchObject({ url: 'https://www.startpage.com/sp/search?query=Sam%20Smith' });
    const graphql = request('https://www.instagram.com/api/graphql', { method: 'POST', type: 'xmlhttprequest', requestBody: { formData: { fb_api_req_friendly_name: ['PolarisSearchBoxRefetchableQuery'], variables: ['{"data":{"query":"sam smith"}}'] } } });
    expect(await decideSearchRequest(graphql, known, GO, now)).toEqual({ cancel: true });
    const youtube = request('https://www.youtube.com/youtubei/v1/search', { method: 'POST', type: 'xmlhttprequest', requestBody: { raw: [{ bytes: new TextEncoder().encode('{"query":"Sam Smith"}').buffer as ArrayBuffer }] } });
    expect(await decideSearchRequest(youtube, known, GO, now)).toEqual({ cancel: true });
  });
});
