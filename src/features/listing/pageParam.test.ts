import { describe, expect, it } from 'vitest';
import { listingAddress, parsePageParam } from './pageParam';

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

describe('listingAddress', () => {
  it.each([
    ['north-korea', { id: 'north-korea', page: 1, isPageOneAlias: false }],
    ['north-korea/page/2', { id: 'north-korea', page: 2, isPageOneAlias: false }],
    ['north-korea/page/1', { id: 'north-korea', page: 1, isPageOneAlias: true }],
  ])('reads %j', (rest, address) => {
    expect(listingAddress(rest)).toEqual(address);
  });

  it.each(['', 'North Korea', 'korea/page/0', 'korea/page/x', 'korea/2', 'korea/page/2/more'])(
    'finds no listing at %j',
    (rest) => {
      expect(listingAddress(rest)).toBeNull();
    },
  );
});
