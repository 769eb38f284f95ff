import * as v from 'valibot';

/**
 * Where the build writes the search index (Pagefind bundles), below the
 * site's base path. Every search uses the recent bundle; the page merges
 * the archive bundles, one a year, only when the reader asks for the whole
 * archive. indexes.json lists what there is to merge.
 */
export const searchPaths = {
  indexes: () => 'pagefind/indexes.json',
  recent: () => 'pagefind/recent/',
  archive: (year: number) => `pagefind/archive-${String(year)}/`,
};

/** indexes.json: what the search page may load and merge. */
export const searchIndexesSchema = v.object({
  version: v.literal(1),
  /** The start of the recent bundle's window (UTC, ISO 8601); left out when the site has no articles. */
  recentSince: v.optional(v.string()),
  recentArticles: v.number(),
  /** Newest year first; `path` is the bundle's folder below the site's base path. */
  archives: v.array(v.object({ year: v.number(), path: v.string(), articles: v.number() })),
});

export type SearchIndexes = v.InferOutput<typeof searchIndexesSchema>;
