import * as v from 'valibot';

/**
 * Where the build writes the search index (Pagefind bundles), below the
 * site's base path: the recent bundle (the newest story's month) and one
 * archive bundle a year. Every search loads the recent bundle and merges
 * the archive bundles marked `withRecent` (the last twelve months' years);
 * the rest only when the reader asks for the whole archive. indexes.json
 * lists them.
 */
export const searchPaths = {
  indexes: () => 'pagefind/indexes.json',
  recent: () => 'pagefind/recent/',
  archive: (year: number) => `pagefind/archive-${String(year)}/`,
};

/**
 * The `bundle` filter every page of a bundle carries: 'recent', or the
 * archive bundle's year. Pagefind orders the results of merged indexes by
 * relevance whatever the sort, so a search sorted newest first asks each
 * bundle in turn, newest bundle first (the bundles never overlap in time).
 */
export const bundleFilter = (year?: number) => (year === undefined ? 'recent' : String(year));

/** indexes.json: what the search page may load and merge. */
export const searchIndexesSchema = v.object({
  version: v.literal(1),
  /** The first instant every search covers (UTC, ISO 8601); left out when the site has no articles. */
  recentSince: v.optional(v.string()),
  /** How many articles every search covers: the recent bundle's and those merged with it. */
  recentArticles: v.number(),
  /**
   * Newest year first; `path` is the bundle's folder below the site's base
   * path; `withRecent`, whether every search merges it.
   */
  archives: v.array(
    v.object({ year: v.number(), path: v.string(), articles: v.number(), withRecent: v.boolean() }),
  ),
});

export type SearchIndexes = v.InferOutput<typeof searchIndexesSchema>;
