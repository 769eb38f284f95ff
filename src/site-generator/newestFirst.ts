import type { ListedArticle } from './listedArticle.ts';

/** What the archive is ordered by: an article's (or a withdrawn article's place's) time and id. */
export type Dated = { id: string; instant: number };

/** An article's time, parsed, with its id. */
export const datedOf = (article: Pick<ListedArticle, 'id' | 'publishedAt'>): Dated => ({
  id: article.id,
  instant: Date.parse(article.publishedAt),
});

/**
 * The archive's one order, newest first: negative when `a` comes first. Ties
 * go by id in code-unit order (ids are ASCII), so the same content gives the
 * same order on any machine, whatever its collation data. Listings, their
 * withdrawn places, related stories and a publish's plans all order by it.
 */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return b.instant - a.instant || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** `articles` newest first (compareNewestFirst), each time parsed once. */
export function sortNewestFirst<T extends Pick<ListedArticle, 'id' | 'publishedAt'>>(
  articles: readonly T[],
): T[] {
  return articles
    .map((article) => ({ article, dated: datedOf(article) }))
    .sort((a, b) => compareNewestFirst(a.dated, b.dated))
    .map(({ article }) => article);
}
