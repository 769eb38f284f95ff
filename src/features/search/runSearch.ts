import { bundleFilters, mergedBundles } from '@/features/content/contract/searchIndexes';
import { loadPagefind, loadSearchIndexes, loadWholeArchive } from './loadPagefind';
import { toSearchHit, type PagefindResult, type SearchHit } from './pagefindApi';
import type { SearchQuery } from './searchAddress';

/** Results are shown ten at a time: each shown one costs a fragment request. */
export const RESULTS_PER_PAGE = 10;

/** A completed search: its results so far and what is left to show. */
export type SearchOutcome = {
  /** How many articles match, with the section filter. */
  total: number;
  /** How many match in every section. */
  unfiltered: number;
  /** Per section id: how many results that section alone has (a filter value counts its subsections'). */
  sectionCounts: Readonly<Record<string, number>>;
  hits: readonly SearchHit[];
  /** Results not loaded yet, in order. */
  rest: readonly PagefindResult[];
};

/** Loads the records of the next page of results; a record that is not what the build writes is skipped. */
export async function showMore(outcome: SearchOutcome): Promise<SearchOutcome> {
  const next = outcome.rest.slice(0, RESULTS_PER_PAGE);
  const records = await Promise.all(next.map((result) => result.data()));
  const hits = records.flatMap((record) => {
    const hit = toSearchHit(record);
    return hit ? [hit] : [];
  });
  return { ...outcome, hits: [...outcome.hits, ...hits], rest: outcome.rest.slice(next.length) };
}

/**
 * The bundles a search of `scope` covers, newest first, by their `bundle`
 * filter: the recent one, then those the scope merges into it.
 */
async function bundlesOf(scope: SearchQuery['scope']): Promise<string[]> {
  const merged = mergedBundles(await loadSearchIndexes(), scope);
  return [bundleFilters.recent, ...merged.map((bundle) => bundle.filter)];
}

/**
 * Runs a search against the recent indexes, or the whole archive, and loads
 * its first page of results. Pagefind orders the results of merged indexes
 * by relevance whatever the sort, so newest first asks each bundle in turn,
 * newest first, and the counts come from one search of them all.
 */
export async function runSearch(query: SearchQuery): Promise<SearchOutcome> {
  const pagefind = query.scope === 'all' ? await loadWholeArchive() : await loadPagefind();
  const term = query.q.trim();
  const filters: Record<string, string> = query.section ? { section: query.section } : {};
  const response = await pagefind.search(term, { filters });
  if (!response) throw new Error('Pagefind gave no answer');
  let results = response.results;
  if (query.sort === 'newest') {
    results = [];
    for (const bundle of await bundlesOf(query.scope)) {
      const sorted = await pagefind.search(term, {
        filters: { ...filters, bundle },
        sort: { published: 'desc' },
      });
      if (!sorted) throw new Error('Pagefind gave no answer');
      results.push(...sorted.results);
    }
  }
  return showMore({
    total: results.length,
    unfiltered: response.unfilteredResultCount,
    sectionCounts: response.totalFilters.section ?? {},
    hits: [],
    rest: results,
  });
}
