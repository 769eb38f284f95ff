import { loadPagefind, loadWholeArchive } from './loadPagefind';
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

/** Runs a search against the recent index, or the whole archive, and loads its first page of results. */
export async function runSearch(query: SearchQuery): Promise<SearchOutcome> {
  const pagefind = query.scope === 'all' ? await loadWholeArchive() : await loadPagefind();
  const response = await pagefind.search(query.q.trim(), {
    filters: query.section ? { section: query.section } : {},
    ...(query.sort === 'newest' ? { sort: { published: 'desc' } } : {}),
  });
  if (!response) throw new Error('Pagefind gave no answer');
  return showMore({
    total: response.results.length,
    unfiltered: response.unfilteredResultCount,
    sectionCounts: response.totalFilters.section ?? {},
    hits: [],
    rest: response.results,
  });
}
