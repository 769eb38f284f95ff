// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allOf, check, difference, isFlat, median, percentile, perRound, ratio } from './stats.mjs';

describe('median', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });

  it('leaves its input in order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile', () => {
  const twenty = Array.from({ length: 20 }, (_, index) => 20 - index);

  it('takes the 19th fastest of 20 runs as p95 (nearest rank)', () => {
    expect(percentile(twenty, 95)).toBe(19);
  });

  it('takes the slowest of 3 runs as p95', () => {
    expect(percentile([10, 30, 20], 95)).toBe(30);
  });

  it('takes the fastest as p0', () => {
    expect(percentile(twenty, 0)).toBe(1);
  });
});

describe('ratio', () => {
  it('divides the app by the floor', () => {
    expect(ratio(1650, 1500)).toBeCloseTo(1.1);
  });

  it.each([
    [1000, 0],
    [Number.NaN, 1000],
    [1000, undefined],
  ])('is NaN for app %s and floor %s', (app, floor) => {
    expect(ratio(app, floor)).toBeNaN();
  });
});

describe('check', () => {
  it.each([
    [50, '<=', 50, 'met'],
    [51, '<=', 50, 'not met'],
    [100, '>=', 100, 'met'],
    [99, '>=', 100, 'not met'],
    [0, '===', 0, 'met'],
    [Number.NaN, '<=', 50, 'n/a'],
    [undefined, '<=', 50, 'n/a'],
  ])('%s %s %s is %s', (value, comparison, target, expected) => {
    expect(check(value, comparison, target)).toBe(expected);
  });
});

describe('allOf', () => {
  it('is met only when every verdict is met', () => {
    expect(allOf('met', 'met')).toBe('met');
    expect(allOf('met', 'not met')).toBe('not met');
  });

  it('is n/a when any figure is missing', () => {
    expect(allOf('not met', 'n/a')).toBe('n/a');
  });
});

describe('isFlat', () => {
  it('accepts sizes within 10 % of the smallest', () => {
    expect(isFlat([1600, 1650, 1700])).toBe('met');
  });

  it('rejects a size that grows with the archive', () => {
    expect(isFlat([1600, 16_000])).toBe('not met');
  });

  it('cannot judge a single size', () => {
    expect(isFlat([1600])).toBe('n/a');
  });
});

describe('perRound', () => {
  const run = (round, tbt) => ({ round, tbt });

  it('sets each run against the floor’s run of the same round, in round order', () => {
    const app = [run(2, 300), run(1, 200), run(3, 150)];
    const floor = [run(1, 50), run(3, 40), run(2, 100)];
    expect(perRound(app, floor, 'tbt', difference)).toEqual([150, 200, 110]);
  });

  it('leaves out a round that either side lost instead of pairing it with another', () => {
    const app = [run(1, 200), run(2, 300)];
    const floor = [run(2, 100), run(3, 40)];
    expect(perRound(app, floor, 'tbt', difference)).toEqual([200]);
  });

  it('takes ratios per round, skipping a round whose figure is missing', () => {
    const app = [
      { round: 1, lcp: 1200 },
      { round: 2, lcp: Number.NaN },
    ];
    const floor = [
      { round: 1, lcp: 1000 },
      { round: 2, lcp: 900 },
    ];
    expect(perRound(app, floor, 'lcp', ratio)).toEqual([1.2]);
  });
});

describe('difference', () => {
  it('subtracts the floor from the app, and may go below zero', () => {
    expect(difference(30, 41)).toBe(-11);
  });

  it('is NaN where either side is missing', () => {
    expect(difference(Number.NaN, 41)).toBeNaN();
  });
});
