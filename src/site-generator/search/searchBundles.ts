import { pageFile } from '../../features/content/contract/paths.ts';
import {
  bundleFilters,
  searchPaths,
  type SearchIndexes,
} from '../../features/content/contract/searchIndexes.ts';
import type { SiteShape } from '../siteShape.ts';

/**
 * How far back from the newest article's month every search reaches, in
 * whole UTC months: the archive bundles of the quarters this window touches
 * are merged into every search. Counted from the content, never from the
 * build's clock, so the same content always gives the same bundles.
 */
export const RECENT_MONTHS = 12;

/** An article page to index: its address below the base path and its prerendered file. */
export type SearchDocument = { url: string; file: string; publishedAt: string };

export type SearchBundle = {
  /** The bundle's folder below the output folder (and the site's base path). */
  path: string;
  /** The `bundle` filter its pages carry (searchIndexes.ts). */
  filter: string;
  /** The UTC year and quarter (1 to 4) of an archive bundle; undefined for the recent and month ones. */
  year?: number;
  quarter?: number;
  /** Whether every search merges this archive bundle, not only a search of the whole archive. */
  withRecent?: boolean;
  documents: SearchDocument[];
};

export type SearchBundlePlan = { recentSince: string | null; bundles: SearchBundle[] };

/** Every article page, newest first, as the prerenderer wrote it. */
export function searchDocuments(shape: SiteShape): SearchDocument[] {
  return shape.articles.map((article) => {
    const url = shape.articlePath(article);
    return { url, file: pageFile(url), publishedAt: article.publishedAt };
  });
}

/**
 * The start of the UTC month `months` calendar months before the month of
 * `instant`. Whole months, so the window moves once a month, not with every
 * new story: each publish would otherwise move the oldest recent stories
 * into an archive bundle and rewrite it.
 */
function monthsBefore(instant: number, months: number): Date {
  const date = new Date(instant);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, 1));
}

/** The UTC quarter of an instant: its year and 1 to 4, and the instant it starts. */
function quarterOf(instant: number): { year: number; quarter: number; start: number } {
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  const firstMonth = date.getUTCMonth() - (date.getUTCMonth() % 3);
  return { year, quarter: firstMonth / 3 + 1, start: Date.UTC(year, firstMonth, 1) };
}

/**
 * Splits the articles so that a publish re-indexes little:
 * - the recent bundle holds the newest article's UTC day only, so a new
 *   story re-indexes a day of news, whatever the archive's size;
 * - the month bundle holds the rest of that UTC month, and changes when the
 *   day turns (the day's first story moves the day before into it) or a
 *   story inside it changes;
 * - every earlier article is in the archive bundle of its UTC quarter, which
 *   changes when the month turns or a story inside it changes. A quarter,
 *   not a year: Pagefind indexes a bundle whole, about 2.4 ms a page on a
 *   2-core machine, so an edit to a year of a busy site's stories (8,760 at
 *   24 a day) took 14 s, and to a quarter's (2,190) takes about 5.
 * Every search merges the recent and month bundles with the archive bundles
 * of the quarters the last `months` months touch (`withRecent`), and
 * `recentSince` is the first instant that covers; the whole archive merges
 * them all. Each bundle keeps its documents newest first, so the same input
 * gives the same bundles. A month bundle with no story is left out.
 */
export function planSearchBundles(
  documents: readonly SearchDocument[],
  months = RECENT_MONTHS,
): SearchBundlePlan {
  const instants = documents.map((document) => Date.parse(document.publishedAt));
  if (documents.length === 0) return { recentSince: null, bundles: [] };
  // Not Math.max(...instants): every argument goes on the stack, which a large enough archive overflows.
  const newest = instants.reduce((a, b) => Math.max(a, b));
  const newestDate = new Date(newest);
  const dayStart = Date.UTC(newestDate.getUTCFullYear(), newestDate.getUTCMonth(), newestDate.getUTCDate());
  const monthStart = monthsBefore(newest, 0).getTime();
  const firstQuarter = quarterOf(monthsBefore(newest, months).getTime());
  const recent: SearchDocument[] = [];
  const month: SearchDocument[] = [];
  const byQuarter = new Map<number, { year: number; quarter: number; documents: SearchDocument[] }>();
  documents.forEach((document, index) => {
    const instant = instants[index] ?? 0;
    if (instant >= dayStart) {
      recent.push(document);
      return;
    }
    if (instant >= monthStart) {
      month.push(document);
      return;
    }
    const { year, quarter, start } = quarterOf(instant);
    const archive = byQuarter.get(start) ?? { year, quarter, documents: [] };
    archive.documents.push(document);
    byQuarter.set(start, archive);
  });
  const newestFirst = (list: SearchDocument[]) =>
    list
      .map((document) => ({ document, instant: Date.parse(document.publishedAt) }))
      .sort((a, b) => b.instant - a.instant || (a.document.url < b.document.url ? -1 : 1))
      .map(({ document }) => document);
  const archives = [...byQuarter.entries()]
    .sort(([a], [b]) => b - a)
    .map(([start, { year, quarter, documents: list }]) => ({
      path: searchPaths.archive(year, quarter),
      filter: bundleFilters.quarter(year, quarter),
      year,
      quarter,
      withRecent: start >= firstQuarter.start,
      documents: newestFirst(list),
    }));
  return {
    recentSince: new Date(firstQuarter.start).toISOString(),
    bundles: [
      { path: searchPaths.recent(), filter: bundleFilters.recent, documents: newestFirst(recent) },
      ...(month.length === 0
        ? []
        : [
            {
              path: searchPaths.month(),
              filter: bundleFilters.month,
              withRecent: true,
              documents: newestFirst(month),
            },
          ]),
      ...archives,
    ],
  };
}

/** indexes.json for a plan: what the search page loads with every search, and what it may merge. */
export function searchIndexesDocument(plan: SearchBundlePlan): SearchIndexes {
  const inEverySearch = plan.bundles.filter((bundle) => bundle.year === undefined || bundle.withRecent);
  const month = plan.bundles.find((bundle) => bundle.filter === bundleFilters.month);
  return {
    version: 2,
    ...(plan.recentSince === null ? {} : { recentSince: plan.recentSince }),
    recentArticles: inEverySearch.reduce((sum, bundle) => sum + bundle.documents.length, 0),
    ...(month && { month: { path: month.path, articles: month.documents.length } }),
    archives: plan.bundles.flatMap(({ year, quarter, path, withRecent, documents }) =>
      year === undefined || quarter === undefined
        ? []
        : [{ year, quarter, path, articles: documents.length, withRecent: withRecent ?? false }],
    ),
  };
}
