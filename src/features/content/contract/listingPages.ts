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

/**
 * The documents of one listing, keyed by page number, from its places newest
 * first: each story, or null where a withdrawn story stood. Pages are cut
 * from the places and show their stories, so a withdrawal changes only the
 * page it was on. Page 1 carries how many pages and stories there are (for
 * its "Older" link and the followed counts), an archive page only its own
 * stories and its newer page, so a full one never changes.
 */
export function listingDocuments<T, Head extends object>(head: Head, places: readonly (T | null)[]) {
  const totalPages = listingPageCount(places.length);
  const stories = (slice: readonly (T | null)[]) => slice.filter((item): item is T => item !== null);
  return Array.from({ length: totalPages }, (_, index) => {
    const page = index + 1;
    const items = stories(listingPageItems(places, page));
    return page === 1
      ? { ...head, page, totalPages, totalArticles: stories(places).length, items }
      : { ...head, page, newerPage: page === totalPages ? 1 : page + 1, items };
  });
}
