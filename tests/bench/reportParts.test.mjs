// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseSearchLine } from './buildScaling.mjs';
import { renderBuild } from './reportBuild.mjs';
import { renderJs, sumByType, summariseJs } from './reportBytes.mjs';

const resource = (type, gzip, br) => ({ url: `http://localhost/${type}`, type, gzip, br });

describe('sumByType', () => {
  it('sums gzip and brotli bytes per type and in total', () => {
    const sums = sumByType([resource('js', 100, 90), resource('js', 50, 40), resource('image', 10, 10)]);
    expect(sums.js).toEqual({ gzip: 150, br: 130, count: 2 });
    expect(sums.css.count).toBe(0);
    expect(sums.total).toEqual({ gzip: 160, br: 140, count: 3 });
  });
});

describe('JS before interactive', () => {
  const js = (gzip9, gzip = gzip9 - 3_000) => ({
    path: '/news/a',
    hydratedAtMs: 420,
    files: [{ url: 'http://localhost/assets/index.js', gzip, br: gzip - 5000, gzip9 }],
  });

  it('meets the 104 KB budget at exactly 104,000 bytes gzip as sent', () => {
    expect(summariseJs(js(107_000, 104_000)).budgetVerdict).toBe('met');
    expect(summariseJs(js(107_000, 104_001)).budgetVerdict).toBe('not met');
  });

  it('holds plain gzip -9, not the zopfli copy, to 100 KB', () => {
    expect(summariseJs(js(100_000, 97_000)).goalVerdict).toBe('met');
    expect(summariseJs(js(100_001, 97_000)).goalVerdict).toBe('not met');
    expect(renderJs(js(100_001, 97_000))).toContain('100.0 KB, **not met**');
  });

  it('states the distance to 100 KB on either side', () => {
    expect(renderJs(js(113_800))).toContain('13.8 KB over');
    expect(renderJs(js(97_000))).toContain('3.0 KB under');
  });

  it('cannot meet the budget without any measured file', () => {
    expect(summariseJs({ files: [] }).budgetVerdict).toBe('n/a');
  });
});

describe('renderBuild', () => {
  const size = (articles, wallMs, jsonGzip) => ({
    articles,
    wallMs,
    pages: articles + 80,
    prerenderMs: wallMs - 5000,
    peakRssBytes: 600_000_000,
    nodePeakRssBytes: 600_000_000,
    search: { ms: wallMs / 5, pages: articles, recent: Math.min(articles, 8760), archives: 0 },
    sectionHtml: { raw: 59_000, gzip: 6_700 },
    sectionJson: { raw: 10_400, gzip: jsonGzip },
    articleCheck: { ok: true, detail: '/news/a' },
  });
  const rowOf = (text, label) => text.split('\n').find((line) => line.startsWith(`| ${label}`)) ?? '';

  it('shows time relative to the smallest archive', () => {
    const text = renderBuild({
      sectionPath: '/news/a',
      sizes: [size(1000, 10_000, 1600), size(10_000, 95_000, 1650)],
    });
    expect(rowOf(text, '10,000')).toContain('9.50×');
  });

  it('leaves the 100,000-article targets unjudged when that size did not run', () => {
    const text = renderBuild({ sectionPath: '/news/a', sizes: [size(1000, 10_000, 1600)] });
    expect(rowOf(text, '100,000 articles build in under 5 min')).toContain('not run (sizes 1,000), n/a');
  });

  it('judges the 100,000-article build against 5 minutes and 2 GB', () => {
    const text = renderBuild({
      sectionPath: '/news/a',
      sizes: [size(1000, 10_000, 1600), size(100_000, 310_000, 1600)],
    });
    expect(rowOf(text, '100,000 articles build in under 5 min')).toContain('5 min 10 s, **not met**');
    expect(rowOf(text, '100,000 articles peak memory under 2 GB')).toContain('600 MB, met');
  });

  it('shows each build’s search index: its time, pages, bundles and share of the wall time', () => {
    const text = renderBuild({
      sectionPath: '/news/a',
      sizes: [
        { ...size(10_000, 100_000, 1600), search: { ms: 25_000, pages: 10_000, recent: 8760, archives: 1 } },
      ],
    });
    expect(rowOf(text, '10,000')).toMatch(/\| +25\.00 s \| +10,000 \| +8,760 \+ 1 \| +25 % \|/);
  });

  it('judges the 100,000-article build with search against 8 GB with Pagefind and 40 % more wall time', () => {
    const large = (searchMs, peakRssBytes) => ({
      ...size(100_000, 420_000, 1600),
      peakRssBytes,
      nodePeakRssBytes: 1_800_000_000,
      search: { ms: searchMs, pages: 100_000, recent: 8760, archives: 11 },
    });
    const within = renderBuild({ sectionPath: '/news/a', sizes: [large(120_000, 7_900_000_000)] });
    expect(rowOf(within, '100,000 articles peak memory under 2 GB (the Node build)')).toContain(
      '1800 MB, met',
    );
    expect(rowOf(within, '100,000 articles with search peak memory under 8 GB')).toContain('7900 MB, met');
    // 120 s of search on top of 300 s without it: exactly 40 %.
    expect(rowOf(within, 'Search adds at most 40 %')).toContain('40 % (2 min 00 s of 7 min 00 s), met');
    const over = renderBuild({ sectionPath: '/news/a', sizes: [large(121_000, 8_100_000_000)] });
    expect(rowOf(over, '100,000 articles with search peak memory under 8 GB')).toContain('**not met**');
    expect(rowOf(over, 'Search adds at most 40 %')).toContain('**not met**');
  });

  it('leaves the search targets unjudged without a search index line', () => {
    const text = renderBuild({
      sectionPath: '/news/a',
      sizes: [{ ...size(100_000, 420_000, 1600), search: null }],
    });
    expect(rowOf(text, 'Search adds at most 40 %')).toContain('n/a');
    expect(rowOf(text, '100,000')).toMatch(/\| +– \| +– \| +– \| +– \|/);
  });

  it('fails a section JSON that grows with the archive', () => {
    const text = renderBuild({
      sectionPath: '/news/a',
      sizes: [size(1000, 10_000, 1600), size(10_000, 95_000, 16_000)],
    });
    expect(rowOf(text, 'Section page JSON does not grow')).toContain('**not met**');
  });

  it('reports a generated article that rendered as not found', () => {
    const broken = {
      ...size(1000, 10_000, 1600),
      articleCheck: { ok: false, detail: '/news/a/x renders "Page not found"' },
    };
    expect(rowOf(renderBuild({ sectionPath: '/news/a', sizes: [broken] }), '1,000')).toContain(
      '**/news/a/x renders "Page not found"**',
    );
  });
});

describe('parseSearchLine', () => {
  it('reads the build’s search index line', () => {
    expect(
      parseSearchLine('search index: 8,760 recent + 11 archive bundles, 100,000 pages in 93.4 s'),
    ).toEqual({
      recent: 8760,
      archives: 11,
      pages: 100_000,
      ms: 93_400,
    });
    expect(parseSearchLine('search index: 42 recent + 1 archive bundle, 44 pages in 0.6 s')?.archives).toBe(
      1,
    );
    expect(parseSearchLine('prerendered 44 pages in 900 ms')).toBeNull();
  });
});
