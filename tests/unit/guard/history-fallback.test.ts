import { afterEach, describe, expect, it, vi } from 'vitest';
import { patchHistory } from '../../../platform/guard/history-fallback';

afterEach(() => {
  delete (globalThis as { exportFunction?: unknown }).exportFunction;
});

describe('history fallback (Firefox without the Navigation API)', () => {
  it('does nothing outside Firefox', () => {
    expect(patchHistory(window, () => true)).toBe(false);
  });

  it('checks the site’s pushState and replaceState before they change the page', () => {
    // Firefox gives content scripts the page's own objects and `exportFunction` to replace them.
    const pushState = vi.fn();
    const replaceState = vi.fn();
    const pageHistory = { pushState, replaceState };
    (globalThis as { exportFunction?: unknown }).exportFunction = (fn: unknown, target: Record<string, unknown>, { defineAs }: { defineAs: string }) => {
      target[defineAs] = fn;
    };
    const fakeWindow = { wrappedJSObject: { history: pageHistory }, location: { href: 'https://www.instagram.com/' } };
    const seen: string[] = [];
    expect(patchHistory(fakeWindow as unknown as Window, (url) => (seen.push(url), url.endsWith('/someex/')))).toBe(true);

    pageHistory.pushState({}, '', '/someone_else/');
    pageHistory.pushState({}, '', '/someex/');
    pageHistory.replaceState({}, '', 'https://www.instagram.com/someex/');

    expect(seen).toEqual(['https://www.instagram.com/someone_else/', 'https://www.instagram.com/someex/', 'https://www.instagram.com/someex/']);
    expect(pushState).toHaveBeenCalledTimes(1);
    expect(pushState).toHaveBeenCalledWith({}, '', '/someone_else/');
    expect(replaceState).not.toHaveBeenCalled();
  });
});
