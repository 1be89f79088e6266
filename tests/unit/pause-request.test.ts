import { describe, expect, it } from 'vitest';
import { pausePageHref, readPauseRequest } from '../../lib/pause-request';

const base = 'chrome-extension://abcdef/pause.html';

describe('pause page address', () => {
  it('round-trips the stopped address, query and all, unencoded as the request rules write it', () => {
    const target = 'https://www.instagram.com/someex/?igsh=abc&utm_source=x#top';
    expect(readPauseRequest(pausePageHref(base, target, 'app'))).toEqual({ target, key: 'instagram:someex', via: 'app' });
    // What a regex rule produces: `${base}?via=load&url=\0`
    expect(readPauseRequest(`${base}?via=load&url=https://x.com/SomeEx/status/1?s=20&t=abc`)).toEqual({
      target: 'https://x.com/SomeEx/status/1?s=20&t=abc',
      key: 'x:someex',
      via: 'load',
    });
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
