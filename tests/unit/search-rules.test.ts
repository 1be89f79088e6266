import { describe, expect, it } from 'vitest';
import { buildSearchRules, FIRST_SEARCH_RULE_ID, packSearchRules, passRule, termNeedles } from '../../lib/search-rules';
import { type SearchTerm, termOf } from '../../lib/search-terms';

const term = (kind: SearchTerm['kind'], text: string): SearchTerm => termOf(kind, text)!;

/** Chrome's verdict, modelled: about 110 units a pattern (see /tmp/exp-b/REPORT.md); here, characters. */
const fits = (limit: number) => async (regex: string) => regex.length <= limit;

/** The rules' patterns as the browser reads them: case-insensitive, against the address as sent. */
async function rulesFor(terms: SearchTerm[]) {
  const { rules } = await packSearchRules(terms, fits(2000));
  const matching = (shape: 'query' | 'path' | 'request', url: string) =>
    rules.filter((rule) => rule.shape === shape).some((rule) => new RegExp(rule.regexFilter, 'i').test(url));
  return { rules, matching };
}

describe('the pre-filter for a page load (redirect to the exact check)', () => {
  it.each([
    'https://www.google.com/search?q=sam+smith',
    'https://www.google.de/search?q=Smith%2C+Sam&udm=2',
    'https://www.bing.com/search?q=%22sam%20smith%22',
    'https://duckduckgo.com/?q=sam+j+smith&ia=web',
    'https://x.com/search?q=samsmith',
    'https://www.linkedin.com/search/results/all/?keywords=sam%20smith',
    // Near misses take the detour too: the pause page lets them straight through.
    'https://www.google.com/search?q=samantha+smithers',
  ])('catches %s', async (url) => {
    expect((await rulesFor([term('name', 'Sam Smith')])).matching('query', url)).toBe(true);
  });

  it.each(['https://www.google.com/search?q=sam+jones', 'https://www.google.com/search?q=smith', 'https://www.google.com/search?q=sam&x=smith'])(
    'lets %s through untouched',
    async (url) => {
      expect((await rulesFor([term('name', 'Sam Smith')])).matching('query', url)).toBe(false);
    },
  );

  it('an accented name, however the accents travel, and without them', async () => {
    const { matching } = await rulesFor([term('name', 'Zoë Dupré')]);
    for (const query of ['Zo%C3%AB+Dupr%C3%A9', 'ZO%C3%8B%20DUPR%C3%89', 'Zoe%CC%88+Dupre%CC%81', 'zoe+dupre', 'dupre+zoe']) {
      expect(matching('query', `https://www.google.com/search?q=${query}`), query).toBe(true);
    }
  });

  it('a name in another script, encoded as the browser sends it, first letter in either case', async () => {
    const { matching } = await rulesFor([term('name', 'Саша Иванова')]);
    const sent = (text: string) => `https://yandex.ru/search/?text=${encodeURIComponent(text)}`;
    expect(matching('query', sent('саша иванова'))).toBe(true);
    expect(matching('query', sent('Иванова Саша'))).toBe(true);
    expect(matching('query', sent('саша петрова'))).toBe(false);
  });

  it('a handle in order, run together or apart', async () => {
    const { matching } = await rulesFor([term('handle', '@sam.smith_92')]);
    for (const query of ['sam.smith_92', '%40sam.smith_92', 'sam+smith+92', 'samsmith92']) {
      expect(matching('query', `https://www.google.com/search?q=${query}`), query).toBe(true);
    }
    expect(matching('query', 'https://www.google.com/search?q=92+smith+sam')).toBe(false);
  });

  it("in the path of a network's tag and search pages", async () => {
    const { matching } = await rulesFor([term('name', 'Sam Smith')]);
    expect(matching('path', 'https://www.tumblr.com/search/sam%20smith')).toBe(true);
    expect(matching('path', 'https://www.tumblr.com/tagged/sam-smith')).toBe(true);
    expect(matching('path', 'https://www.instagram.com/explore/tags/samsmith/')).toBe(true);
    expect(matching('path', 'https://x.com/hashtag/SamSmith')).toBe(true);
    expect(matching('path', 'https://www.instagram.com/samsmith/')).toBe(false);
  });
});

describe('the block for a request a page sends (suggestions, in-app results)', () => {
  it('blocks the whole words, and lets a near miss get its results', async () => {
    const { matching } = await rulesFor([term('name', 'Sam Smith')]);
    expect(matching('request', 'https://x.com/i/api/1.1/search/typeahead.json?q=sam%20smith&src=search_box')).toBe(true);
    expect(matching('request', 'https://www.google.com/complete/search?q=smith+sam&client=gws-wiz')).toBe(true);
    expect(matching('request', 'https://x.com/i/api/graphql/a/SearchTimeline?variables=%7B%22rawQuery%22%3A%22sam%20smith%22%7D')).toBe(true);
    expect(matching('request', 'https://x.com/i/api/1.1/search/typeahead.json?q=samantha%20smith')).toBe(false);
    expect(matching('request', 'https://x.com/i/api/1.1/search/typeahead.json?q=sam%20smithers')).toBe(false);
    expect(matching('request', 'https://x.com/i/api/1.1/search/typeahead.json?q=sam%20jones')).toBe(false);
  });
});

describe('packing', () => {
  it('puts several terms in one rule while the browser accepts it, and counts what found no room', async () => {
    const terms = ['Sam Smith', 'Alex Doe', 'Kim Lee', 'Jo March'].map((text) => term('name', text));
    const roomy = await packSearchRules(terms, fits(2000));
    expect(roomy.rules.map((rule) => rule.shape)).toEqual(['query', 'path', 'request']);
    expect(roomy.uncovered).toBe(0);
    const tight = await packSearchRules(terms, fits(120));
    expect(tight.rules.length).toBeGreaterThan(3);
    expect(tight.uncovered).toBe(0);
    const capped = await packSearchRules(terms, fits(120), 4);
    expect(capped.rules).toHaveLength(4);
    expect(capped.uncovered).toBeGreaterThan(0);
  });

  it('a term too long for one rule is counted, never sent (one bad rule would refuse them all)', async () => {
    const { rules, uncovered } = await packSearchRules([term('extra', 'x'.repeat(200)), term('name', 'Sam Smith')], fits(150));
    expect(uncovered).toBe(1);
    expect(rules.every((rule) => rule.regexFilter.length <= 150)).toBe(true);
  });

  it('a name with one word gives a rule only when the user added it as a term', () => {
    expect(termNeedles(term('extra', 'Sammy'), 'query')).toEqual(['sammy']);
    expect(termNeedles(term('name', 'Sam Smith'), 'query')).toEqual(['sam[^&#]*smith', 'smith[^&#]*sam']);
    expect(termNeedles(term('name', 'María de la Cruz'), 'query')).toEqual(['mar[^&#]*a[^&#]*cruz', 'cruz[^&#]*mar[^&#]*a']);
  });
});

describe('the rules as installed', () => {
  it('send a page load to go.html with the pass, block requests, and come after the profiles', async () => {
    const { rules } = await packSearchRules([term('name', 'Sam Smith')], fits(2000));
    const built = buildSearchRules(rules, { goPageUrl: 'chrome-extension://abc/go.html', pass: 'p4ss' });
    expect(built.map((rule) => rule.id)).toEqual([FIRST_SEARCH_RULE_ID, FIRST_SEARCH_RULE_ID + 1, FIRST_SEARCH_RULE_ID + 2]);
    expect(built[0]).toMatchObject({
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: 'chrome-extension://abc/go.html?via=search&pass=p4ss&url=\\0' } },
      condition: { resourceTypes: ['main_frame'], isUrlFilterCaseSensitive: false },
    });
    expect(built[0]!.condition.requestDomains).toContain('google.de');
    expect(built[0]!.condition.requestDomains).toContain('instagram.com');
    expect(built[1]!.condition.requestDomains).not.toContain('google.de');
    expect(built[2]).toMatchObject({ action: { type: 'block' }, condition: { resourceTypes: ['xmlhttprequest', 'script', 'other'] } });
  });

  it('a pass: this address, this tab, once, above every other rule', () => {
    expect(passRule(2_000_001, 'https://www.google.com/search?q=samantha+smithers#top', 7)).toEqual({
      id: 2_000_001,
      priority: 3,
      action: { type: 'allow' },
      condition: { urlFilter: '|https://www.google.com/search?q=samantha+smithers', tabIds: [7], resourceTypes: ['main_frame'], isUrlFilterCaseSensitive: false },
    });
    expect(passRule(1, 'https://a.example/?q=a|b', 1).condition.urlFilter).toBe('|https://a.example/?q=a*b');
  });
});
