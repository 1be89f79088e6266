import { describe, expect, it, vi } from 'vitest';
import { retrying } from '../../lib/retrying';

describe('retrying', () => {
  it('tries again after a failure, and gives up after the last attempt', async () => {
    const flaky = vi.fn().mockRejectedValueOnce(new Error('Could not establish connection')).mockResolvedValue('done');
    await expect(retrying(flaky, 3, 1)).resolves.toBe('done');
    expect(flaky).toHaveBeenCalledTimes(2);
    const broken = vi.fn().mockRejectedValue(new Error('gone'));
    await expect(retrying(broken, 3, 1)).rejects.toThrow('gone');
    expect(broken).toHaveBeenCalledTimes(3);
  });
});
