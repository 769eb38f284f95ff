import * as v from 'valibot';

/**
 * Where the build writes the search index (Pagefind bundles), below the
 * site's base path: the recent bundle (the newest story's UTC day), the
 * month bundle (the rest of that month) and one archive bundle a calendar
 * quarter (UTC), so an edit re-indexes a quarter's stories, not a year's.
 * Every search loads the recent bundle and merges the month bundle and the
 * archive bundles marked `withRecent` (the quarters the last twelve months
 * touch); the rest only when the reader asks for the whole archive.
 * indexes.json lists them.
 */
export const searchPaths = {
  indexes: () => 'pagefind/indexes.json',
  recent: () => 'pagefind/recent/',
  month: () => 'pagefind/month/',
  archive: (year: number, quarter: number) => `pagefind/archive-${String(year)}-q${String(quarter)}/`,
};

/**
 * The `bundle` filter every page of a bundle carries: 'recent', 'month', or
 * the archive bundle's quarter ('2021-q3'). Pagefind orders the results of
 * merged indexes by relevance whatever the sort, so a search sorted newest
 * first asks each bundle in turn, newest bundle first (the bundles never
 * overlap in time).
 */
export const bundleFilters = {
  recent: 'recent',
  month: 'month',
  quarter: (year: number, quarter: number) => `${String(year)}-q${String(quarter)}`,
} as const;

/** indexes.json: what the search page may load and merge. */
export const searchIndexesSchema = v.object({
  // 2: archive bundles by quarter, whose `bundle` filter an earlier app would not know.
  version: v.literal(2),
  /** The first instant every search covers (UTC, ISO 8601); left out when the site has no articles. */
  recentSince: v.optional(v.string()),
  /** How many articles every search covers: the recent bundle's and those merged with it. */
  recentArticles: v.number(),
  /** The month bundle, merged into every search; left out when the newest story is its month's first day's. */
  month: v.optional(v.object({ path: v.string(), articles: v.number() })),
  /**
   * Newest quarter first; `quarter` is 1 to 4 (January to March is 1);
   * `path` is the bundle's folder below the site's base path; `withRecent`,
   * whether every search merges it.
   */
  archives: v.array(
    v.object({
      year: v.number(),
      quarter: v.number(),
      path: v.string(),
      articles: v.number(),
      withRecent: v.boolean(),
    }),
  ),
});

export type SearchIndexes = v.InferOutput<typeof searchIndexesSchema>;

/** A bundle merged into the recent one: its folder below the base path and the `bundle` filter its pages carry. */
export type MergedBundle = { path: string; filter: string };

/**
 * The bundles a search merges into the recent one, newest first: the month
 * bundle and the archive bundles every search merges, or, for the whole
 * archive (`all`), every archive bundle.
 */
export function mergedBundles(indexes: SearchIndexes, scope: 'recent' | 'all'): MergedBundle[] {
  return [
    ...(indexes.month ? [{ path: indexes.month.path, filter: bundleFilters.month }] : []),
    ...indexes.archives
      .filter((archive) => scope === 'all' || archive.withRecent)
      .map((archive) => ({
        path: archive.path,
        filter: bundleFilters.quarter(archive.year, archive.quarter),
      })),
  ];
}
