import { LISTING_PAGE_SIZE, listingPageCount } from './paths.ts';

/**
 * How a listing (a section's, a topic's, an author's) is cut into pages, so
 * that publishing a story changes as few of them as possible:
 * - page 1, the listing's own address, is the newest LISTING_PAGE_SIZE stories;
 * - pages 2 … n are the archive, in pages of LISTING_PAGE_SIZE counted from the
 *   oldest story: page 2 holds the oldest, page n the newest archive page.
 *   Each is full, and once full it never changes: a new story only ever
 *   changes page 1 and, when it completes a page, adds page n + 1 and changes
 *   what page n's "Newer" link points to.
 * An archive page is only made once it holds a story page 1 does not show,
 * so there are as many pages as before (listingPageCount), and every story is
 * on some page. Every page shows its stories newest first.
 */
export function listingPageItems<T>(newestFirst: readonly T[], page: number): T[] {
  if (page === 1) return newestFirst.slice(0, LISTING_PAGE_SIZE);
  const chunk = page - 1;
  const total = newestFirst.length;
  return newestFirst.slice(
    Math.max(0, total - chunk * LISTING_PAGE_SIZE),
    total - (chunk - 1) * LISTING_PAGE_SIZE,
  );
}

/** What a listing page links to: the next newer page (1 is the listing's own) and the next older, if any. */
export type PageNeighbours = { newer: number | null; older: number | null };

/** A page's neighbours, from its number and, on page 1, how many pages there are; on an archive page, its newer page. */
export function pageNeighbours(document: {
  page: number;
  totalPages?: number | undefined;
  newerPage?: number | undefined;
}): PageNeighbours {
  if (document.page === 1) {
    const totalPages = document.totalPages ?? 1;
    return { newer: null, older: totalPages > 1 ? totalPages : null };
  }
  return { newer: document.newerPage ?? 1, older: document.page > 2 ? document.page - 1 : null };
}

/** One page of a listing before its stories are made: its number, what it carries besides them, and its places. */
export type ListingPageCut<T> = {
  page: number;
  /** Page 1: how many pages and stories there are; an archive page: its newer page. */
  about: { totalPages: number; totalArticles: number } | { newerPage: number };
  /** Its places, newest first: each story, or null where a withdrawn story stood. */
  places: readonly (T | null)[];
};

/** The stories among places, leaving out withdrawn stories' (null) places. */
export const storiesOf = <T>(places: readonly (T | null)[]) =>
  places.filter((item): item is T => item !== null);

/**
 * How one listing's places, newest first, are cut into pages, before any
 * page is made: a publish compares a page's cut with the last build's and
 * makes only the pages whose cut or stories changed.
 */
export function listingPageCuts<T>(places: readonly (T | null)[]): ListingPageCut<T>[] {
  const totalPages = listingPageCount(places.length);
  return Array.from({ length: totalPages }, (_, index) => {
    const page = index + 1;
    return {
      page,
      about:
        page === 1
          ? { totalPages, totalArticles: storiesOf(places).length }
          : { newerPage: page === totalPages ? 1 : page + 1 },
      places: listingPageItems(places, page),
    };
  });
}

/** A listing page's document: the listing's head, its number, what it carries (ListingPageCut) and its stories. */
export function listingDocument<T, Head extends object>(
  head: Head,
  { page, about }: ListingPageCut<unknown>,
  stories: readonly T[],
) {
  return { ...head, page, ...about, items: stories };
}

/**
 * The documents of one listing, keyed by page number, from its places newest
 * first: each story, or null where a withdrawn story stood. Pages are cut
 * from the places and show their stories, so a withdrawal changes only the
 * page it was on. Page 1 carries how many pages and stories there are (for
 * its "Older" link and the followed counts), an archive page only its own
 * stories and its newer page, so a full one never changes.
 */
export function listingDocuments<T, Head extends object>(head: Head, places: readonly (T | null)[]) {
  return listingPageCuts(places).map((cut) => listingDocument(head, cut, storiesOf(cut.places)));
}
