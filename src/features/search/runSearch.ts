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
  /** Newest first: the bundles not asked yet, newest first, whose results come after `rest`. */
  unasked?: UnaskedBundles;
};

/** A search sorted newest first, and the bundles it has still to ask, by their `bundle` filter. */
type UnaskedBundles = {
  term: string;
  filters: Readonly<Record<string, string>>;
  scope: SearchQuery['scope'];
  bundles: readonly string[];
};

/** Whether the reader can ask for more results. */
export function hasMoreResults(outcome: SearchOutcome): boolean {
  return outcome.rest.length > 0 || outcome.unasked !== undefined;
}

/** Pagefind with the bundles of a scope merged. */
function pagefindFor(scope: SearchQuery['scope']) {
  return scope === 'all' ? loadWholeArchive() : loadPagefind();
}

/**
 * Asks the unasked bundles in turn, newest first, until the results cover a
 * page or every match: the whole archive is a bundle a quarter, and each
 * question searches every merged bundle, so asking them all for the first
 * page took seconds on a large archive.
 */
async function askBundles(outcome: SearchOutcome): Promise<SearchOutcome> {
  let { rest, unasked } = outcome;
  const found = () => outcome.hits.length + rest.length;
  while (unasked && rest.length < RESULTS_PER_PAGE && found() < outcome.total) {
    const [bundle, ...later] = unasked.bundles;
    if (bundle === undefined) break;
    const pagefind = await pagefindFor(unasked.scope);
    const sorted = await pagefind.search(unasked.term, {
      filters: { ...unasked.filters, bundle },
      sort: { published: 'desc' },
    });
    if (!sorted) throw new Error('Pagefind gave no answer');
    rest = [...rest, ...sorted.results];
    unasked = later.length > 0 ? { ...unasked, bundles: later } : undefined;
  }
  // Every match is found: the bundles left have none.
  if (found() >= outcome.total) unasked = undefined;
  return { ...outcome, rest, unasked };
}

/** Loads the records of the next page of results; a record that is not what the build writes is skipped. */
export async function showMore(current: SearchOutcome): Promise<SearchOutcome> {
  const outcome = await askBundles(current);
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
 * newest first, as far as a page of results needs (askBundles), and the
 * counts come from one search of them all.
 */
export async function runSearch(query: SearchQuery): Promise<SearchOutcome> {
  const pagefind = await pagefindFor(query.scope);
  const term = query.q.trim();
  const filters: Record<string, string> = query.section ? { section: query.section } : {};
  const response = await pagefind.search(term, { filters });
  if (!response) throw new Error('Pagefind gave no answer');
  const isNewestFirst = query.sort === 'newest';
  return showMore({
    total: response.results.length,
    unfiltered: response.unfilteredResultCount,
    sectionCounts: response.totalFilters.section ?? {},
    hits: [],
    rest: isNewestFirst ? [] : response.results,
    ...(isNewestFirst && {
      unasked: { term, filters, scope: query.scope, bundles: await bundlesOf(query.scope) },
    }),
  });
}
