import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it.each([
    [0, '1 KB'],
    [312_400, '312 KB'],
    [999_499, '999 KB'],
    [999_500, '1.0 MB'],
    [1_430_000, '1.4 MB'],
  ])('shows %d bytes as %s', (bytes, shown) => {
    expect(formatBytes(bytes)).toBe(shown);
  });
});
