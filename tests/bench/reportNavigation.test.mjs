// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { heroFilePattern, NAVIGATION_MODES } from './navigation.mjs';
import { judgeNavigation, renderNavigation, summariseNavigation } from './reportNavigation.mjs';

const modeOf = (key) => NAVIGATION_MODES.find((mode) => mode.key === key);
/** A mode whose runs painted the headline after the given times, the hero 30 ms later. */
const measured = (key, headlines, { failures = [], heroLoadedBefore = false } = {}) => ({
  ...modeOf(key),
  runs: headlines.map((headline) => ({
    headline,
    headlineInDom: headline - 10,
    hero: headline + 30,
    heroLoadedBefore,
  })),
  failures,
});
const rowOf = (text, label) => text.split('\n').find((line) => line.startsWith(`| ${label} `)) ?? '';
const render = (...modes) => renderNavigation({ from: '/news', to: '/news/a', modes });

describe('judgeNavigation', () => {
  it('meets the prefetch targets at exactly a 50 ms median and a 100 ms p95', () => {
    expect(judgeNavigation(measured('prefetch', [40, 50, 50, 100]))).toEqual({
      median: 'met',
      p95: 'met',
      overall: 'met',
    });
  });

  it('misses the prefetch target on the p95 alone when one slow run in twenty exceeds 100 ms', () => {
    // p95 of 20 runs by nearest rank is the 19th fastest: two slow runs put it over.
    const verdicts = judgeNavigation(measured('prefetch', [...Array(18).fill(40), 101, 101]));
    expect(verdicts).toEqual({ median: 'met', p95: 'not met', overall: 'not met' });
  });

  it('judges a cold hero by the same headline targets as its mode', () => {
    expect(judgeNavigation(measured('prefetch-cold', [51])).median).toBe('not met');
    expect(judgeNavigation(measured('none-cold', [120])).median).toBe('met');
    expect(judgeNavigation(measured('none-cold', [121])).median).toBe('not met');
  });

  it('sets no p95 target without prefetch', () => {
    expect(judgeNavigation(measured('none', [100, 400])).p95).toBeUndefined();
  });

  it('cannot meet a target without a single run', () => {
    expect(judgeNavigation(measured('prefetch', [])).overall).toBe('n/a');
  });
});

describe('summariseNavigation', () => {
  it('counts the runs whose hero file had arrived before the click', () => {
    const runs = [
      ...measured('prefetch', [40, 45], { heroLoadedBefore: true }).runs,
      ...measured('prefetch', [50]).runs,
    ];
    expect(summariseNavigation(runs)).toMatchObject({ runs: 3, heroLoadedBefore: 2, heroP95: 80 });
  });
});

describe('renderNavigation', () => {
  const text = render(
    measured('prefetch', [40, 45, 50]),
    measured('none', [90, 110, 130], { failures: ['x'] }),
    measured('prefetch-cold', [45, 60, 130]),
    measured('none-cold', [150, 160, 170]),
  );

  it('shows a p95 and a verdict for every mode', () => {
    expect(rowOf(text, 'With hover prefetch')).toMatch(/\| +45 ms, met \| +50 ms, met \|/);
    expect(rowOf(text, 'Without prefetch')).toMatch(/\| +3 \(1 failed\) \| +110 ms, met \| +130 ms \|/);
    expect(rowOf(text, 'With hover prefetch, cold hero')).toMatch(
      /\| +60 ms, \*\*not met\*\* \| +130 ms, \*\*not met\*\* \|/,
    );
    expect(rowOf(text, 'Without prefetch, cold hero')).toMatch(/\| +160 ms, \*\*not met\*\* \| +170 ms \|/);
  });

  it('states each mode’s target and how often the hero was already there', () => {
    expect(rowOf(text, 'With hover prefetch')).toMatch(/\| +0 of 3 \| +median ≤ 50 ms, p95 ≤ 100 ms \|$/);
    expect(rowOf(text, 'Without prefetch, cold hero')).toMatch(/\| +median ≤ 120 ms \|$/);
  });
});

describe('heroFilePattern', () => {
  const pattern = heroFilePattern('images/harbour-wall.jpg');

  it.each([
    ['/content/images/harbour-wall.jpg', true],
    ['/broadsheet/content/images/variants/harbour-wall-480.avif', true],
    ['/content/images/harbour-wall-2.jpg', false],
    ['/content/images/variants/harbour-wall-2-480.webp', false],
    ['/content/images/harbour.jpg', false],
  ])('%s is one of the hero’s files: %s', (path, expected) => {
    expect(pattern.test(path)).toBe(expected);
  });
});
