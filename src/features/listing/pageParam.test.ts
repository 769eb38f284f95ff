import { describe, expect, it } from 'vitest';
import { parsePageParam } from './pageParam';

describe('parsePageParam', () => {
  it.each<[string | null, number | null]>([
    [null, 1],
    ['1', 1],
    ['2', 2],
    ['10', 10],
    ['999999', 999999],
    ['1000000', null],
    ['0', null],
    ['01', null],
    ['-1', null],
    ['1.5', null],
    ['2e1', null],
    [' 2', null],
    ['2 ', null],
    ['', null],
    ['two', null],
  ])('reads ?page=%j as %j', (value, expected) => {
    expect(parsePageParam(value)).toBe(expected);
  });
});
