// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { section, siteSource, validatedArticle } from '../../testing/contentFixtures';
import { siteShape } from '../siteShape';
import {
  planSearchBundles,
  searchDocuments,
  searchIndexesDocument,
  type SearchBundlePlan,
  type SearchDocument,
} from './searchBundles';

const document = (id: string, publishedAt: string): SearchDocument => ({
  url: `/news/${id}`,
  file: `news/${id}/index.html`,
  publishedAt,
});

const urlsByBundle = (plan: SearchBundlePlan) =>
  Object.fromEntries(plan.bundles.map((bundle) => [bundle.path, bundle.documents.map(({ url }) => url)]));

describe('planSearchBundles', () => {
  it('puts the newest article’s UTC day in the recent bundle, the rest of its month in the month bundle and the rest in archive bundles by quarter', () => {
    const plan = planSearchBundles([
      document('newest', '2026-11-29T12:00:00Z'),
      // Still the 29th in UTC, though the 30th in Seoul.
      document('day-start', '2026-11-29T00:00:00+00:00'),
      document('day-before', '2026-11-29T08:59:59+09:00'),
      document('month-start', '2026-11-01T00:00:00Z'),
      document('just-before', '2026-10-31T23:59:59Z'),
      document('last-year', '2025-03-01T00:00:00Z'),
    ]);

    expect(urlsByBundle(plan)).toEqual({
      'pagefind/recent/': ['/news/newest', '/news/day-start'],
      'pagefind/month/': ['/news/day-before', '/news/month-start'],
      'pagefind/archive-2026-q4/': ['/news/just-before'],
      'pagefind/archive-2025-q1/': ['/news/last-year'],
    });
    expect(plan.bundles.map((bundle) => bundle.filter)).toEqual(['recent', 'month', '2026-q4', '2025-q1']);
  });

  it('leaves the month bundle out when the newest day is the only one of its month', () => {
    const plan = planSearchBundles([
      document('newest', '2026-12-01T12:00:00Z'),
      document('last-month', '2026-11-30T23:00:00Z'),
    ]);

    expect(urlsByBundle(plan)).toEqual({
      'pagefind/recent/': ['/news/newest'],
      'pagefind/archive-2026-q4/': ['/news/last-month'],
    });
  });

  it('merges the archive bundles of the quarters the last 12 months touch into every search, and starts the window with the first of them', () => {
    const plan = planSearchBundles([
      document('newest', '2026-11-29T12:00:00Z'),
      document('this-year', '2026-02-01T00:00:00Z'),
      // Twelve months before November 2026 is November 2025, in the quarter that starts in October.
      document('window-start', '2025-10-01T00:00:00Z'),
      document('just-outside', '2025-09-30T23:59:59Z'),
      document('long-ago', '2023-05-05T00:00:00Z'),
    ]);

    expect(plan.recentSince).toBe('2025-10-01T00:00:00.000Z');
    expect(plan.bundles.map(({ path, withRecent }) => [path, withRecent])).toEqual([
      ['pagefind/recent/', undefined],
      ['pagefind/archive-2026-q1/', true],
      ['pagefind/archive-2025-q4/', true],
      ['pagefind/archive-2025-q3/', false],
      ['pagefind/archive-2023-q2/', false],
    ]);
  });

  it('gives each earlier UTC quarter its own archive bundle, newest first, whatever offset the date was written in', () => {
    const plan = planSearchBundles([
      document('newest', '2026-06-01T00:00:00Z'),
      document('april-first', '2025-04-01T00:00:00Z'),
      // 1 April in Seoul is still March in UTC.
      document('seoul-april-first', '2025-04-01T08:00:00+09:00'),
      // 2025-01-01 in Seoul is still 2024 in UTC.
      document('seoul-new-year', '2025-01-01T08:00:00+09:00'),
      document('utc-new-year', '2025-01-01T00:00:00Z'),
      document('old', '2019-03-04T10:00:00Z'),
    ]);

    expect(plan.bundles.map(({ path, year, quarter }) => [path, year, quarter])).toEqual([
      ['pagefind/recent/', undefined, undefined],
      ['pagefind/archive-2025-q2/', 2025, 2],
      ['pagefind/archive-2025-q1/', 2025, 1],
      ['pagefind/archive-2024-q4/', 2024, 4],
      ['pagefind/archive-2019-q1/', 2019, 1],
    ]);
    expect(urlsByBundle(plan)['pagefind/archive-2025-q1/']).toEqual([
      '/news/seoul-april-first',
      '/news/utc-new-year',
    ]);
    expect(urlsByBundle(plan)['pagefind/archive-2024-q4/']).toEqual(['/news/seoul-new-year']);
  });

  it('measures the window from the newest article, not from the clock, and keeps each bundle newest first', () => {
    const documents = [
      document('b', '2020-03-01T00:00:00Z'),
      document('newest', '2020-03-02T00:00:00Z'),
      document('a', '2020-03-01T00:00:00Z'),
    ];

    const plan = planSearchBundles(documents);

    expect(plan.recentSince).toBe('2019-01-01T00:00:00.000Z');
    expect(urlsByBundle(plan)).toEqual({
      'pagefind/recent/': ['/news/newest'],
      'pagefind/month/': ['/news/a', '/news/b'],
    });
    expect(planSearchBundles([...documents].reverse())).toEqual(plan);
  });

  it('changes only the recent bundle when a story is added the same day, so a publish re-indexes a day of news', () => {
    const older = [
      document('archived', '2025-10-20T00:00:00Z'),
      document('earlier-this-year', '2026-10-15T00:00:00Z'),
      document('earlier-this-month', '2026-11-02T00:00:00Z'),
      document('last', '2026-11-29T06:00:00Z'),
    ];
    const before = planSearchBundles(older);
    const after = planSearchBundles([document('new', '2026-11-29T12:00:00Z'), ...older]);

    expect(after.recentSince).toBe(before.recentSince);
    expect(urlsByBundle(after)['pagefind/recent/']).toEqual(['/news/new', '/news/last']);
    const others = (plan: SearchBundlePlan) => plan.bundles.filter((bundle) => bundle.filter !== 'recent');
    expect(others(after)).toEqual(others(before));
    // The next day's first story moves the day before into the month bundle, and leaves the quarters alone.
    const nextDay = planSearchBundles([document('next-day', '2026-11-30T01:00:00Z'), ...older]);
    expect(urlsByBundle(nextDay)['pagefind/month/']).toEqual(['/news/last', '/news/earlier-this-month']);
    const quarters = (plan: SearchBundlePlan) => plan.bundles.filter((bundle) => bundle.year !== undefined);
    expect(quarters(nextDay)).toEqual(quarters(before));
  });

  it('takes a shorter window when asked', () => {
    const plan = planSearchBundles(
      [document('newest', '2026-11-29T12:00:00Z'), document('older', '2025-09-01T00:00:00Z')],
      1,
    );

    expect(plan.recentSince).toBe('2026-10-01T00:00:00.000Z');
    expect(plan.bundles.map(({ path, withRecent }) => [path, withRecent])).toEqual([
      ['pagefind/recent/', undefined],
      ['pagefind/archive-2025-q3/', false],
    ]);
  });

  it('plans no bundle for a site with no articles', () => {
    expect(planSearchBundles([])).toEqual({ recentSince: null, bundles: [] });
  });
});

describe('searchIndexesDocument', () => {
  it('tells the search page the window, how many articles every search covers and every archive bundle with its path, count and whether it is in every search', () => {
    const plan = planSearchBundles([
      document('newest', '2026-11-29T12:00:00Z'),
      document('this-month', '2026-11-03T12:00:00Z'),
      document('recent', '2026-01-01T00:00:00Z'),
      document('last-autumn', '2025-10-15T00:00:00Z'),
      document('last-year', '2025-01-01T00:00:00Z'),
      document('long-ago', '2023-05-05T00:00:00Z'),
      document('long-ago-too', '2023-04-05T00:00:00Z'),
    ]);

    expect(searchIndexesDocument(plan)).toEqual({
      version: 2,
      recentSince: '2025-10-01T00:00:00.000Z',
      recentArticles: 4,
      month: { path: 'pagefind/month/', articles: 1 },
      archives: [
        { year: 2026, quarter: 1, path: 'pagefind/archive-2026-q1/', articles: 1, withRecent: true },
        { year: 2025, quarter: 4, path: 'pagefind/archive-2025-q4/', articles: 1, withRecent: true },
        { year: 2025, quarter: 1, path: 'pagefind/archive-2025-q1/', articles: 1, withRecent: false },
        { year: 2023, quarter: 2, path: 'pagefind/archive-2023-q2/', articles: 2, withRecent: false },
      ],
    });
  });

  it('leaves the window out for a site with no articles', () => {
    expect(searchIndexesDocument(planSearchBundles([]))).toEqual({
      version: 2,
      recentArticles: 0,
      archives: [],
    });
  });
});

describe('searchDocuments', () => {
  it('lists every article page at its address below the base path, with its prerendered file', () => {
    const shape = siteShape(siteSource([section('news'), section('koreas', 'news')]), [
      validatedArticle({ id: 'jikji', section: 'koreas', publishedAt: '2026-10-31T16:00:00+09:00' }),
    ]);

    expect(searchDocuments(shape)).toEqual([
      {
        url: '/news/koreas/jikji',
        file: 'news/koreas/jikji/index.html',
        publishedAt: '2026-10-31T16:00:00+09:00',
      },
    ]);
  });
});
