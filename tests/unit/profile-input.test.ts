import { describe, expect, it } from 'vitest';
import { t } from '../../platform/i18n';
import { parseProfileInput } from '../../lib/profile-input';

describe('parseProfileInput', () => {
  it.each([
    ['https://www.instagram.com/SomeEx/?igsh=abc', undefined, 'instagram:someex'],
    ['instagram.com/someex', undefined, 'instagram:someex'],
    ['  www.tiktok.com/@some.ex/video/1  ', undefined, 'tiktok:some.ex'],
    ['@SomeEx', 'instagram', 'instagram:someex'],
    ['someex', 'x', 'x:someex'],
    ['John.Smith', 'facebook', 'facebook:johnsmith'],
    ['alice.bsky.social', 'bluesky', 'bluesky:alice.bsky.social'],
    // A link wins over the chosen network: the link says which network it is.
    ['https://x.com/someone', 'instagram', 'x:someone'],
  ])('%j (network %s) → %s', (text, network, key) => {
    expect(parseProfileInput(t, text, network)).toEqual({ ok: true, key });
  });

  it.each([
    ['', undefined, 'empty', /Paste a link/],
    ['   ', 'instagram', 'empty', /Paste a link/],
    ['https://www.instagram.com/p/ABC123/', undefined, 'post', /post on Instagram, not to a profile/],
    ['https://twitter.com/i/status/123', undefined, 'post', /post on X/],
    ['https://www.youtube.com/watch?v=abc', undefined, 'post', /post on YouTube/],
    ['https://www.instagram.com/explore/', undefined, 'network-page', /page on Instagram, but not someone’s profile/],
    ['https://vm.tiktok.com/ZMabc/', undefined, 'short-link', /short link/],
    ['https://example.com/someex', undefined, 'unsupported-site', /isn’t supported yet.*Instagram.*Tumblr/],
    ['https://instagram.com.example.net/someex', undefined, 'unsupported-site', /isn’t supported yet/],
    ['javascript:alert(1)', undefined, 'not-a-link', /can’t be read/],
    ['@someex', undefined, 'choose-network', /Choose which network “@someex” is on/],
    ['@this_is_far_too_long_for_x', 'x', 'invalid-handle', /isn’t a valid username on X\. X usernames have up to 15/],
    ['their name here', 'instagram', 'not-a-link', /doesn’t look like a link or a username/],
  ])('%j (network %s) is refused as %s', (text, network, problem, message) => {
    const result = parseProfileInput(t, text, network);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe(problem);
    expect(result.message).toMatch(message);
  });
});

describe('parseProfileInput: text that could be a username or a web address', () => {
  it('reads a blog host as a link when no network is chosen', () => {
    expect(parseProfileInput(t, 'someex.tumblr.com')).toEqual({ ok: true, key: 'tumblr:someex' });
  });

  it('asks for the network rather than calling a dotted username an unsupported site', () => {
    const result = parseProfileInput(t, 'john.smith');
    expect(result.ok === false && result.problem).toBe('choose-network');
  });
});
