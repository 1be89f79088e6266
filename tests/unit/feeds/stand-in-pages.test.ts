import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { networks } from '../../../lib/networks';
import { feedTables } from '../../../lib/networks/feeds';
import { FEED_HOSTS } from '../../e2e/harness/feed-hosts';
import { hiddenBy, marked, openPage, type Page, playPage, SAM_EVERYWHERE, storedWith } from './stand-in';

/*
 * Each network's table against its stand-in feed page (tests/e2e/harness/pages/feeds/, the pages
 * the browser tests load, each saying what real structure it follows): after the first HTML and
 * every later insertion, exactly the things marked "theirs" are hidden, with their item; what is
 * marked "others" (a friend's comment holding their reply, the feed itself, a similar handle)
 * and "unrecognised" (a Short with no author) is not; their media is still; and nothing but a
 * style was written into the page.
 */
const pageOf = (network: string) => readFileSync(join('tests/e2e/harness/pages/feeds', `${network}.html`), 'utf8');

let open: Page | undefined;
afterEach(() => open?.stop());

describe.each(Object.keys(FEED_HOSTS))('the %s stand-in feed', (network) => {
  it('hides their things, and only theirs, before and after the page changes', async () => {
    const html = pageOf(network);
    open = await openPage(`https://${FEED_HOSTS[network]}/`, html, storedWith(SAM_EVERYWHERE));
    const { document } = open;
    const before = new Map([...document.querySelectorAll('*')].map((element) => [element, element.getAttributeNames().filter((name) => name !== 'style').join(' ')]));
    await playPage(open);

    const things = marked(document);
    const theirs = things.filter((element) => element.getAttribute('elementtiming')!.startsWith('theirs:'));
    const shown = things.filter((element) => !element.getAttribute('elementtiming')!.startsWith('theirs:'));
    expect(theirs.length).toBeGreaterThan(2);
    expect(shown.length).toBeGreaterThan(2);
    expect(theirs.filter((element) => hiddenBy(element) === undefined).map((element) => element.getAttribute('elementtiming'))).toEqual([]);
    expect(shown.filter((element) => hiddenBy(element) !== undefined).map((element) => element.getAttribute('elementtiming'))).toEqual([]);

    // Their media never plays: autoplay taken away, muted.
    for (const media of theirs.flatMap((element) => [...hiddenBy(element)!.querySelectorAll<HTMLMediaElement>('video, audio')])) {
      expect(media.autoplay).toBe(false);
      expect(media.muted).toBe(true);
    }
    // Nothing of ours in the page but a style: no attribute or class that a site could read.
    for (const [element, names] of before) expect(element.getAttributeNames().filter((name) => name !== 'style').join(' ')).toBe(names);
    expect(document.documentElement.getAttribute('style')).toBeNull();
    expect(open.reports.filter((report) => report.kind === 'hidden').length).toBeLessThanOrEqual(1);
  });
});

describe('the tables', () => {
  it('cover every network, each with valid selectors and hooks whose addresses profileKey reads', () => {
    expect(Object.keys(feedTables).sort()).toEqual(networks.map((network) => network.id).sort());
    expect(Object.keys(FEED_HOSTS).sort()).toEqual(networks.map((network) => network.id).sort());
    for (const [network, table] of Object.entries(feedTables)) {
      for (const selector of [...Object.values(table.items), ...(table.hooks ?? []).map((hook) => hook.at), table.learn, table.shadowHosts, ...(table.escalate ?? []).flat()]) {
        if (selector !== undefined) expect(() => document.querySelector(selector), `${network}: ${selector}`).not.toThrow();
      }
      for (const hook of table.hooks ?? []) expect(hook.url, network).toContain('$1');
    }
  });

  it('name, per network, the kinds of thing they know', () => {
    const kinds = Object.fromEntries(Object.entries(feedTables).map(([network, table]) => [network, Object.keys(table.items).sort()]));
    expect(kinds).toEqual({
      instagram: ['comment', 'post', 'story'],
      facebook: ['post', 'story', 'suggestion', 'typeahead'],
      x: ['post', 'quote', 'suggestion', 'typeahead'],
      tiktok: ['comment', 'post', 'suggestion'],
      threads: ['post'],
      snapchat: [],
      linkedin: ['comment', 'post', 'typeahead'],
      youtube: ['comment', 'post', 'suggestion'],
      reddit: ['comment', 'post', 'typeahead'],
      bluesky: ['post', 'suggestion', 'typeahead'],
      pinterest: ['post', 'typeahead'],
      tumblr: ['post', 'suggestion'],
    });
  });
});
