// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderFloorRatio, renderLighthouse, summariseLighthouse } from './reportLighthouse.mjs';

const run = (round, figures = {}) => ({
  round,
  load: 2,
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcp: 1000,
  cls: 0,
  tbt: 40,
  si: 800,
  ...figures,
});
const floorRuns = [
  run(1, { tbt: 0, lcp: 900 }),
  run(2, { tbt: 100, lcp: 1000 }),
  run(3, { tbt: 20, lcp: 950 }),
];
// The row whose first cell starts with `label` (a round's row: its number).
const rowOf = (text, label) =>
  text.split('\n').find((line) => line.replace(/^\| +/, '').startsWith(`${label} `)) ?? '';
const page = (label, isArticle, runs) => ({ label, path: `/${label}`, isArticle, runs });
const lighthouse = (pages) => ({
  pages,
  floor: { label: 'Floor', path: '/bench-floor', runs: floorRuns },
  loadAtStart: 3.2,
  loadAtEnd: 1.5,
});

describe('summariseLighthouse', () => {
  it('takes the median of the per-round TBT differences from the floor, not the difference of medians', () => {
    const runs = [run(1, { tbt: 60 }), run(2, { tbt: 250 }), run(3, { tbt: 40 })];
    // Per round: 60 − 0, 250 − 100, 40 − 20 → 60, 150, 20; the medians alone would give 60 − 20 = 40.
    expect(summariseLighthouse(runs, floorRuns).tbtOverFloor).toBe(60);
  });

  it('takes the median of the per-round LCP ratios', () => {
    const runs = [run(1, { lcp: 1080 }), run(2, { lcp: 1300 }), run(3, { lcp: 1140 })];
    // 1.2, 1.3, 1.2
    expect(summariseLighthouse(runs, floorRuns).lcpRatio).toBeCloseTo(1.2);
  });

  it('keeps the median load and its range', () => {
    const summary = summariseLighthouse([run(1, { load: 1 }), run(2, { load: 4 }), run(3, { load: 2.5 })]);
    expect(summary.load).toBe(2.5);
    expect(summary.loadRange).toEqual([1, 4]);
  });
});

describe('renderLighthouse', () => {
  it('judges the performance score by its median of 100 and its lowest run of 97', () => {
    const text = renderLighthouse(
      lighthouse([
        page('front', false, [run(1), run(2, { performance: 97 }), run(3)]),
        page('article', true, [run(1), run(2, { performance: 96 }), run(3)]),
      ]),
    );
    expect(rowOf(text, 'Performance score')).toMatch(/100; 97, met \| +100; 96, \*\*not met\*\*/);
  });

  it('holds the article to 50 ms of TBT and the other pages to 100 ms', () => {
    const runs = [run(1, { tbt: 80 }), run(2, { tbt: 80 }), run(3, { tbt: 80 })];
    const text = renderLighthouse(lighthouse([page('front', false, runs), page('article', true, runs)]));
    expect(rowOf(text, 'TBT')).toMatch(/80 ms, met \| +80 ms, \*\*not met\*\*/);
  });

  it('shows TBT over the floor’s with no verdict and the floor column empty', () => {
    const text = renderLighthouse(lighthouse([page('article', true, [run(1, { tbt: 90 })])]));
    expect(rowOf(text, 'TBT minus')).toMatch(/\| +\+90 ms \| +– \|$/);
  });

  it('states the load at the start and end of the part and lists every round with its load', () => {
    const text = renderLighthouse(
      lighthouse([page('article', true, [run(1, { load: 3.1 }), run(2, { load: 0.8, tbt: 120 })])]),
    );
    expect(text).toContain('at the start and end of the Lighthouse part: 3.20 and 1.50');
    expect(rowOf(text, '2')).toContain('100, TBT 120 ms, LCP 1.00 s (load 0.80)');
  });

  it('shows a round the page lost as left out', () => {
    const text = renderLighthouse(lighthouse([page('article', true, [run(1)])]));
    expect(rowOf(text, '3')).toContain('left out');
  });
});

describe('renderFloorRatio', () => {
  it('meets the LCP target at 1.2× the floor of the same round and not above', () => {
    const at = (lcps) =>
      renderFloorRatio(
        lighthouse([
          page(
            'article',
            true,
            lcps.map((lcp, index) => run(index + 1, { lcp })),
          ),
        ]),
      );
    // Against 900, 1000 and 950 ms: 1.2, 1.2 and 1.5 (the ratio of the medians would be 1200 / 950 = 1.26).
    expect(rowOf(at([1080, 1200, 1425]), 'LCP')).toContain('1.20×, met');
    expect(rowOf(at([1089, 1210, 1425]), 'LCP')).toContain('1.21×, **not met**');
  });

  it('is n/a when no round has both runs', () => {
    const text = renderFloorRatio(lighthouse([page('article', true, [run(4)])]));
    expect(rowOf(text, 'LCP')).toContain('–, n/a');
  });
});
