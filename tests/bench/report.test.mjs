// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDuration, formatKB, formatMs, markdownTable } from './format.mjs';
import { renderReport } from './report.mjs';

const meta = {
  date: '2026-11-30T12:00:00Z',
  cores: 2,
  cpuModel: 'Test CPU',
  totalMemoryBytes: 8 * 1024 ** 3,
  node: 'v20.20.2',
  loadAtStart: 0.5,
  loadAtEnd: 1.25,
  chromium: 'Chromium 156',
  commit: 'abc1234',
  isDirty: false,
  parts: ['lighthouse', 'nav'],
  archiveSizes: [1000],
  durationMs: 125_000,
  productionBuildMs: 15_000,
};

const lighthouseRun = (overrides) => ({
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcp: 1200,
  cls: 0,
  tbt: 20,
  si: 1000,
  ...overrides,
});

const results = {
  meta,
  lighthouse: {
    pages: [
      {
        label: 'Article',
        path: '/news/a',
        isArticle: true,
        runs: [
          lighthouseRun({ round: 1, lcp: 1300 }),
          lighthouseRun({ round: 2, lcp: 1100 }),
          lighthouseRun({ round: 3, performance: 96 }),
        ],
      },
    ],
    floor: {
      label: 'Floor',
      path: '/bench-floor',
      runs: [1, 2, 3].map((round) => lighthouseRun({ round, lcp: 1000, tbt: 0 })),
    },
    loadAtStart: 0.5,
    loadAtEnd: 1.25,
  },
  responsiveness: {
    path: '/news/a',
    cpuSlowdown: 4,
    cells: [
      {
        control: 'save',
        label: 'Save',
        delayMs: 300,
        runs: [
          { tapAtMs: 300, hydratedAtMs: 900, inpMs: 40, atTap: { notReady: '' }, now: { hasEffect: true } },
        ],
        failures: [],
      },
    ],
  },
  navigation: {
    from: '/news',
    to: '/news/a',
    modes: [
      {
        key: 'prefetch',
        label: 'With hover prefetch',
        hovers: true,
        runs: [{ headline: 40, hero: 60 }],
        failures: [],
      },
      {
        key: 'none',
        label: 'Without prefetch',
        hovers: false,
        runs: [{ headline: 90, hero: 120 }],
        failures: ['x'],
      },
    ],
  },
  problems: ['Something went wrong'],
};

const rowOf = (report, label) => report.split('\n').find((line) => line.startsWith(`| ${label} `)) ?? '';

describe('formatters', () => {
  it.each([
    [formatMs(49.6), '50 ms'],
    [formatMs(1534), '1.53 s'],
    [formatMs(Number.NaN), '–'],
    [formatDuration(245_000), '4 min 05 s'],
    [formatKB(113_826), '113.8 KB'],
  ])('writes %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('markdownTable', () => {
  it('pads columns and right-aligns all but the first', () => {
    expect(
      markdownTable(
        ['Name', 'Value'],
        [
          ['a', '1'],
          ['longer', '22'],
        ],
      ),
    ).toBe(
      ['| Name   | Value |', '| ------ | ----: |', '| a      |     1 |', '| longer |    22 |'].join('\n'),
    );
  });

  it('escapes pipes inside cells', () => {
    expect(markdownTable(['A'], [['x|y']])).toContain('x\\|y');
  });
});

describe('renderReport', () => {
  const report = renderReport(results);

  it('states the commit, machine and duration in the header', () => {
    expect(report).toContain('- Commit: abc1234\n');
    expect(report).toContain('2 cores (Test CPU), 8.0 GiB RAM, Node v20.20.2, Chromium 156');
    expect(report).toContain('The run took 2 min 05 s, of which 15.00 s for `npm run build`');
    expect(report).toContain('Load average (1 min) at start and end: 0.50 and 1.25 on 2 cores');
  });

  it('fails the performance target when one run is below 97 even if the median is 100', () => {
    expect(rowOf(report, 'Performance score (median; lowest run)')).toContain('100; 96, **not met**');
  });

  it('shows how many runs each median stands on', () => {
    expect(rowOf(report, 'Runs')).toMatch(/\| Runs +\| +5 \| +3 \| +3 \|/);
  });

  it('shows the median LCP, judged against the floor rather than on its own', () => {
    expect(rowOf(report, 'LCP (against the floor: next table)')).toMatch(/\| +1\.20 s \| +1\.00 s \|$/);
  });

  it('compares the article with its floor round by round', () => {
    // 1.3, 1.1 and 1.2 times the floor: the median is exactly the 1.2× target.
    expect(report).toMatch(/\| LCP +\| +1\.20 s \| +1\.00 s \| +1\.20×, met \|/);
  });

  it('includes the responsiveness part when it ran', () => {
    expect(report).toContain(
      '### Responsiveness: taps on the article while it loads (`/news/a`, 4× CPU slowdown)',
    );
  });

  it('judges each navigation mode against its own target', () => {
    expect(rowOf(report, 'With hover prefetch')).toContain('40 ms, met');
    expect(rowOf(report, 'Without prefetch')).toMatch(/\| +1 \(1 failed\) \| +90 ms, met \|/);
  });

  it('leaves out the parts that did not run and lists the problems', () => {
    expect(report).not.toContain('### Bytes');
    expect(report).not.toContain('### Content build');
    expect(report).toContain('- Something went wrong');
  });
});
