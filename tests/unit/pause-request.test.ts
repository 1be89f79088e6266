import { describe, expect, it } from 'vitest';
import { arrivalOf, pausePageHref, readPauseRequest } from '../../lib/pause-request';

const base = 'chrome-extension://abcdef/pause.html';
const pass = '2b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbe4bed';

describe('pause page address', () => {
  it('round-trips the stopped address, query and all, unencoded as the request rules write it', () => {
    const target = 'https://www.instagram.com/someex/?igsh=abc&utm_source=x#top';
    expect(readPauseRequest(pausePageHref(base, target, 'app', pass))).toEqual({ target, key: 'instagram:someex', via: 'app', pass });
    // What a regex rule produces: `${base}?via=load&pass=…&url=\0`
    expect(readPauseRequest(`${base}?via=load&pass=${pass}&url=https://x.com/SomeEx/status/1?s=20&t=abc&pass=forged`)).toEqual({
      target: 'https://x.com/SomeEx/status/1?s=20&t=abc&pass=forged',
      key: 'x:someex',
      via: 'load',
      pass,
    });
  });

  it('knows a pause asked for from a feed (“Show” on something of theirs kept out of sight)', () => {
    const target = 'https://www.instagram.com/someex/';
    expect(readPauseRequest(pausePageHref(base, target, 'feed', pass))).toEqual({ target, key: 'instagram:someex', via: 'feed', pass });
    expect(readPauseRequest(`${base}?via=feedx&url=${target}`)?.via).toBe('load');
  });

  it('reads an address without a pass as one, so the page can tell it was not ours', () => {
    expect(readPauseRequest(`${base}?via=load&url=https://www.instagram.com/someex/`)?.pass).toBe('');
    expect(readPauseRequest(`${base}?via=load&pass=<script>&url=https://www.instagram.com/someex/`)?.pass).toBe('');
  });

  it.each([
    `${base}`,
    `${base}?via=load`,
    `${base}?via=load&url=javascript:alert(1)`,
    `${base}?via=load&url=JavaScript:location='https://www.instagram.com/someex/'`,
    `${base}?via=load&url=data:text/html,<script>alert(1)</script>`,
    `${base}?via=load&url=https://evil.example/someex`,
    `${base}?via=load&url=https://instagram.com.evil.example/someex`,
    `${base}?via=load&url=https://www.instagram.com/explore/`,
    `${base}?via=load&url=${'https://www.instagram.com/someex/'.padEnd(10_000, 'a')}`,
    `${base}?via=load&url=%68ttps://www.instagram.com/someex/`,
  ])('refuses %s', (href) => {
    expect(readPauseRequest(href)).toBeNull();
  });
});

describe('who started a pause', () => {
  const ours = readPauseRequest(pausePageHref(base, 'https://www.instagram.com/someex/', 'load', pass))!;
  const written = readPauseRequest(`${base}?via=load&url=https://www.instagram.com/someex/`)!;
  const guessed = readPauseRequest(`${base}?via=load&pass=00000000-0000-0000-0000-000000000000&url=https://www.instagram.com/someex/`)!;

  it('the user, when the address is one our rules or guard wrote and no page opened the tab', () => {
    expect(arrivalOf(ours, pass, false)).toBeUndefined();
  });

  it('another page, when its script opened the tab', () => {
    expect(arrivalOf(ours, pass, true)).toBe('opened-by-page');
  });

  it('someone else’s link, when the address lacks this installation’s pass', () => {
    expect(arrivalOf(written, pass, false)).toBe('outside-link');
    expect(arrivalOf(guessed, pass, false)).toBe('outside-link');
    expect(arrivalOf(ours, '', false)).toBe('outside-link');
  });
});
