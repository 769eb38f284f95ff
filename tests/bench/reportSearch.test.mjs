// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderReport } from './report.mjs';
import { renderSearch, summariseSearch } from './reportSearch.mjs';

const run = (firstQueryBytes, freshMs, refinedMs) => ({
  firstQueryBytes,
  firstQueryRequests: 9,
  freshMs,
  refinedMs,
});
const measured = (runs) => ({
  articles: 10_000,
  runs,
  failures: [],
  queries: { first: 'seoul', refinement: ' games' },
  indexes: {
    recentArticles: 8_760,
    archives: [{ year: 2025, quarter: 4, path: 'pagefind/archive-2025-q4/', articles: 1_240 }],
  },
});

describe('summariseSearch', () => {
  it('takes the median of the runs and meets each target at exactly its value', () => {
    const summary = summariseSearch([run(250_000, 300, 50), run(1, 1, 1), run(900_000, 900, 90)]);
    expect(summary).toMatchObject({ firstQueryBytes: 250_000, freshMs: 300, refinedMs: 50 });
    expect(summary.verdicts).toEqual({ firstQueryBytes: 'met', freshMs: 'met', refinedMs: 'met' });
  });

  it('marks a figure over its target as not met', () => {
    expect(summariseSearch([run(250_001, 301, 51)]).verdicts).toEqual({
      firstQueryBytes: 'not met',
      freshMs: 'not met',
      refinedMs: 'not met',
    });
  });

  it('never counts a run that measured nothing as met', () => {
    expect(summariseSearch([]).verdicts).toEqual({
      firstQueryBytes: 'n/a',
      freshMs: 'n/a',
      refinedMs: 'n/a',
    });
  });
});

describe('renderSearch', () => {
  it('states each figure next to its target, with the queries and the index sizes', () => {
    const text = renderSearch(measured([run(180_400, 240, 62)]));
    expect(text).toContain('### Search on the 10,000-article archive');
    expect(text).toContain('180.4 KB, met');
    expect(text).toContain('240 ms, met');
    expect(text).toContain('62 ms, **not met**');
    expect(text).toContain('“seoul games”');
    expect(text).toContain('8,760 articles, the archive 1 bundle(s) of 1,240');
  });

  it('shows a missing figure as – and n/a', () => {
    expect(renderSearch(measured([]))).toContain('–, n/a');
  });

  it('is part of the report when the search part ran', () => {
    const meta = {
      date: 'today',
      cores: 2,
      cpuModel: 'cpu',
      totalMemoryBytes: 2 ** 34,
      node: 'v20',
      chromium: 'Chromium',
      loadAtStart: 1,
      loadAtEnd: 1,
      commit: 'abc',
      isDirty: false,
      parts: ['search'],
      archiveSizes: [],
      durationMs: 1000,
    };
    expect(renderReport({ meta, search: measured([run(1, 1, 1)]), problems: [] })).toContain(
      '### Search on the',
    );
  });
});
