import { describe, expect, it } from 'vitest';
import { type MessageLookup, translator } from '../../lib/translate';

// A stand-in for the browser's lookup that shows what it was asked for.
const echo: MessageLookup = (key, count, values) => `${key}|${count ?? '-'}|${JSON.stringify(values)}`;

describe('translator', () => {
  it('gives a plural message its count, as {count} too', () => {
    expect(translator(echo, 'en-US')('count.urges', 3)).toBe('count.urges|3|{"count":"3"}');
  });

  it('writes numbers as the locale writes them, and leaves text as it is', () => {
    const t = translator(echo, 'de-DE');
    expect(t('count.urges', 1234)).toBe('count.urges|1234|{"count":"1.234"}');
    expect(t('log.showMore', { count: 12345 })).toBe('log.showMore|-|{"count":"12.345"}');
    expect(t('thisTab.shows', { profile: 'X @123' })).toBe('thisTab.shows|-|{"profile":"X @123"}');
  });

  it('asks for a plain message with nothing else', () => {
    expect(translator(echo, 'en')('common.save')).toBe('common.save|-|{}');
  });
});
