import { describe, expect, it } from 'vitest';
import { hostMatchPatterns } from '../../lib/host-permissions';

describe('hostMatchPatterns', () => {
  const patterns = hostMatchPatterns();

  it('covers every network host form the recogniser accepts', () => {
    for (const domain of ['instagram.com', 'facebook.com', 'fb.com', 'x.com', 'twitter.com', 'tiktok.com', 'threads.net', 'threads.com', 'snapchat.com', 'linkedin.com', 'youtube.com', 'reddit.com', 'bsky.app', 'pinterest.co.uk', 'tumblr.com', 'nitter.net', 'picuki.com', 'web.archive.org']) {
      expect(patterns).toContain(`*://*.${domain}/*`);
    }
  });

  it('never asks for every site', () => {
    expect(patterns.some((pattern) => pattern.includes('<all_urls>') || /^\*:\/\/\*\/|^\*:\/\/\*\.\*/.test(pattern))).toBe(false);
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});
