import { describe, expect, it } from 'vitest';
import { searchEngineDomains, searchEngineOrigins, SEARCH_ENGINES } from '../../lib/search-engines';
import { ENGINE_SITES, searchResultsUrl, searchSiteOf, searchTextOf, searchTextOfBody } from '../../lib/search-urls';
import { tokens } from '../../lib/search-terms';

const words = (text: string | null) => (text === null ? null : tokens(text).join(' '));

// Each row: an address a search sends, and the words it carries (normalised).
const SEARCHES: readonly [string, string][] = [
  // Engines: results pages, their tabs, the requests sent while typing.
  ['https://www.google.com/search?q=Sam+Smith', 'sam smith'],
  ['https://www.google.de/search?q=sam%20smith&udm=2', 'sam smith'],
  ['https://www.google.co.uk/search?tbm=isch&q=%22sam+smith%22', 'sam smith'],
  ['https://www.google.com.mx/search?q=zo%C3%AB&tbm=nws', 'zoe'],
  ['https://www.google.com/complete/search?q=sam+smith&client=gws-wiz', 'sam smith'],
  ['https://www.google.com/webhp?q=sam+smith', 'sam smith'],
  ['https://www.bing.com/search?q=sam+smith&form=QBLH', 'sam smith'],
  ['https://www.bing.com/images/search?q=sam+smith', 'sam smith'],
  ['https://www.bing.com/videos/asyncv2?q=sam+smith', 'sam smith'],
  ['https://www.bing.com/AS/Suggestions?qry=sam+smith&cvid=1', 'sam smith'],
  ['https://duckduckgo.com/?q=sam+smith&ia=images', 'sam smith'],
  ['https://duckduckgo.com/ac/?q=sam+smith', 'sam smith'],
  ['https://links.duckduckgo.com/d.js?q=sam+smith&l=us-en', 'sam smith'],
  ['https://html.duckduckgo.com/html/?q=sam+smith', 'sam smith'],
  ['https://search.yahoo.com/search?p=sam+smith', 'sam smith'],
  ['https://uk.search.yahoo.com/search;_ylt=AwrX;_ylu=Y29s?p=sam+smith', 'sam smith'],
  ['https://images.search.yahoo.com/search/images?p=sam+smith', 'sam smith'],
  ['https://search.yahoo.com/sugg/gossip/gossip-us-ura/?command=sam+smith', 'sam smith'],
  ['https://www.ecosia.org/search?q=sam+smith', 'sam smith'],
  ['https://www.ecosia.org/images?q=sam+smith', 'sam smith'],
  ['https://ac.ecosia.org/autocomplete?q=sam+smith', 'sam smith'],
  ['https://search.brave.com/search?q=sam+smith', 'sam smith'],
  ['https://search.brave.com/api/suggest?q=sam+smith', 'sam smith'],
  ['https://www.startpage.com/sp/search?query=sam+smith', 'sam smith'],
  ['https://www.startpage.com/do/search?q=sam+smith', 'sam smith'],
  ['https://yandex.ru/search/?text=sam+smith&lr=213', 'sam smith'],
  ['https://yandex.com/images/search?text=sam+smith', 'sam smith'],
  ['https://ya.ru/search/?text=sam+smith', 'sam smith'],
  // The networks' own searches, full loads and in-app requests alike.
  ['https://www.instagram.com/explore/search/keyword/?q=sam%20smith', 'sam smith'],
  ['https://www.instagram.com/explore/tags/samsmith/', 'samsmith'],
  ['https://www.instagram.com/api/v1/fbsearch/web/top_serp/?query=sam+smith', 'sam smith'],
  ['https://www.facebook.com/search/top/?q=sam%20smith', 'sam smith'],
  ['https://m.facebook.com/search/people/?q=sam+smith', 'sam smith'],
  ['https://x.com/search?q=sam%20smith&src=typed_query', 'sam smith'],
  ['https://twitter.com/hashtag/SamSmith', 'samsmith'],
  ['https://x.com/i/api/1.1/search/typeahead.json?q=sam%20smith&src=search_box', 'sam smith'],
  ['https://x.com/i/api/graphql/abc/SearchTimeline?variables=%7B%22rawQuery%22%3A%22sam%20smith%22%2C%22count%22%3A20%7D', 'rawquery sam smith count 20'],
  ['https://www.tiktok.com/search?q=sam%20smith', 'sam smith'],
  ['https://www.tiktok.com/search/user?q=sam%20smith', 'sam smith'],
  ['https://www.tiktok.com/discover/sam-smith', 'sam smith'],
  ['https://www.tiktok.com/api/search/general/sug/?keyword=sam%20smith', 'sam smith'],
  ['https://www.threads.com/search?q=sam%20smith&serp_type=default', 'sam smith'],
  ['https://www.linkedin.com/search/results/people/?keywords=sam%20smith', 'sam smith'],
  ['https://www.linkedin.com/voyager/api/graphql?variables=(keywords:sam%20smith,start:0)&queryId=voyagerSearchDashClusters.1', 'keywords sam smith start 0'],
  ['https://www.youtube.com/results?search_query=sam+smith', 'sam smith'],
  ['https://m.youtube.com/results?search_query=sam+smith', 'sam smith'],
  ['https://suggestqueries-clients6.youtube.com/complete/search?client=youtube&q=sam%20smith', 'sam smith'],
  ['https://www.reddit.com/search/?q=sam+smith', 'sam smith'],
  ['https://www.reddit.com/r/pics/search/?q=sam+smith&restrict_sr=1', 'sam smith'],
  ['https://old.reddit.com/search?q=sam+smith', 'sam smith'],
  ['https://www.reddit.com/svc/shreddit/search-typeahead?query=sam%20smith', 'sam smith'],
  ['https://bsky.app/search?q=sam%20smith', 'sam smith'],
  ['https://public.api.bsky.app/xrpc/app.bsky.actor.searchActorsTypeahead?q=sam%20smith', 'sam smith'],
  ['https://www.pinterest.com/search/pins/?q=sam%20smith&rs=typed', 'sam smith'],
  ['https://www.pinterest.co.uk/search/users/?q=sam%20smith', 'sam smith'],
  [
    'https://www.pinterest.com/resource/BaseSearchResource/get/?source_url=%2Fsearch%2Fpins%2F%3Fq%3Dsam%2520smith&data=%7B%22options%22%3A%7B%22query%22%3A%22sam%20smith%22%7D%7D',
    'options query sam smith search pins q sam smith',
  ],
  ['https://www.tumblr.com/search/sam%20smith', 'sam smith'],
  ['https://www.tumblr.com/search/sam+smith/recent', 'sam smith'],
  ['https://www.tumblr.com/tagged/sam-smith', 'sam smith'],
];

// Addresses that are not searches, though they may look like one.
const NOT_SEARCHES: readonly string[] = [
  'https://www.google.com/url?q=https://www.instagram.com/samsmith/',
  'https://www.google.com/',
  'https://www.google.com/search',
  'https://www.google.com/search?q=',
  'https://google.com.evil.example/search?q=sam+smith',
  'https://www.bing.com/maps?q=sam+smith',
  'https://www.instagram.com/samsmith/',
  'https://www.instagram.com/p/abc/?q=sam+smith',
  'https://x.com/samsmith?q=sam+smith',
  'https://www.youtube.com/watch?v=abc&search_query=sam+smith',
  'https://www.reddit.com/r/pics/?q=sam+smith',
  'https://example.com/search?q=sam+smith',
  'javascript:alert(1)',
  'not a url',
  'ftp://www.google.com/search?q=sam+smith',
];

describe('searchTextOf: the words a search address carries', () => {
  it.each(SEARCHES)('%s → %s', (url, expected) => {
    expect(words(searchTextOf(url))).toBe(expected);
  });
  it.each(NOT_SEARCHES)('%s is not a search', (url) => {
    expect(searchTextOf(url)).toBeNull();
  });
});

describe('searchTextOfBody: searches sent in a body (Firefox sees these)', () => {
  it('a search form posted to the engine', () => {
    expect(searchTextOfBody('https://www.startpage.com/sp/search', { formData: { query: ['Sam Smith'], cat: ['web'] } })).toBe('Sam Smith');
    expect(searchTextOfBody('https://html.duckduckgo.com/html/', { formData: { q: ['sam smith'] } })).toBe('sam smith');
    expect(searchTextOfBody('https://lite.duckduckgo.com/lite/', { formData: { q: ['sam smith'] } })).toBe('sam smith');
  });
  it('a network GraphQL search, named as such, and no other GraphQL request', () => {
    const variables = ['{"data":{"query":"sam smith"}}'];
    expect(searchTextOfBody('https://www.instagram.com/api/graphql', { formData: { fb_api_req_friendly_name: ['PolarisSearchBoxRefetchableQuery'], variables } })).toBe(variables[0]);
    expect(searchTextOfBody('https://www.facebook.com/api/graphql/', { formData: { fb_api_req_friendly_name: ['SearchCometResultsInitialResultsQuery'], variables } })).toBe(variables[0]);
    expect(searchTextOfBody('https://www.threads.com/graphql/query', { formData: { fb_api_req_friendly_name: ['BarcelonaSearchResultsQuery'], variables } })).toBe(variables[0]);
    expect(searchTextOfBody('https://www.instagram.com/api/graphql', { formData: { fb_api_req_friendly_name: ['PolarisProfilePageContentQuery'], variables } })).toBeNull();
  });
  it("YouTube's results, sent as JSON", () => {
    expect(searchTextOfBody('https://www.youtube.com/youtubei/v1/search?prettyPrint=false', { json: { query: 'sam smith', context: {} } })).toBe('sam smith');
    expect(searchTextOfBody('https://www.youtube.com/youtubei/v1/browse', { json: { query: 'sam smith' } })).toBeNull();
  });
  it('nothing on other sites', () => {
    expect(searchTextOfBody('https://example.com/search', { formData: { q: ['sam smith'] } })).toBeNull();
  });
});

describe('searchResultsUrl: where "Continue" goes after a search stopped in the page', () => {
  it.each([
    ['https://www.google.de/', 'https://www.google.de/search?q=sam%20smith'],
    ['https://www.startpage.com/', 'https://www.startpage.com/sp/search?query=sam%20smith'],
    ['https://www.instagram.com/someone/', 'https://www.instagram.com/explore/search/keyword/?q=sam%20smith'],
    ['https://www.tumblr.com/dashboard', 'https://www.tumblr.com/search/sam%20smith'],
  ])('from %s', (page, expected) => {
    expect(searchResultsUrl(page, 'sam smith')).toBe(expected);
  });
  it('none where a site has no search address', () => {
    expect(searchResultsUrl('https://web.snapchat.com/', 'sam smith')).toBeNull();
    expect(searchResultsUrl('https://example.com/', 'sam smith')).toBeNull();
  });
});

describe('the engines asked for', () => {
  it("every domain of every engine is one whose addresses are read (Google's 186 included)", () => {
    const google = SEARCH_ENGINES.find((engine) => engine.id === 'google')!;
    expect(google.domains).toHaveLength(186);
    expect(new Set(searchEngineDomains()).size).toBe(searchEngineDomains().length);
    for (const domain of searchEngineDomains()) {
      const site = searchSiteOf(new URL(`https://www.${domain}/`));
      expect(site?.id, domain).toBe(SEARCH_ENGINES.find((engine) => engine.domains.includes(domain))!.id);
    }
    expect(ENGINE_SITES.map((site) => site.id)).toEqual(SEARCH_ENGINES.map((engine) => engine.id));
  });
  it('as match patterns, never every site', () => {
    expect(searchEngineOrigins()).toContain('*://*.google.de/*');
    expect(searchEngineOrigins()).toContain('*://*.search.yahoo.com/*');
    expect(searchEngineOrigins().every((origin) => /^\*:\/\/\*\.[a-z.]+\/\*$/.test(origin))).toBe(true);
  });
});
