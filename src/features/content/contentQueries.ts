import { queryOptions } from '@tanstack/react-query';
import { ContentNetworkError } from './contentErrors';
import { contentUrl } from './contentUrl';
import { contentPaths } from './contract/paths';

const loadFetchers = () => import('./contentFetchers');

/** Fetches the content code ahead of need, once the page is idle. */
export function preloadContentFetchers() {
  void loadFetchers().catch(() => undefined);
}

/** The fetchers' code; when it cannot load, that is the same lost connection as a failed fetch. */
export async function fetchers(path: string) {
  try {
    return await loadFetchers();
  } catch (error) {
    throw new ContentNetworkError(contentUrl(path), error);
  }
}

/** Query keys from general to specific, so `contentKeys.all` invalidates everything. */
export const contentKeys = {
  all: ['content'] as const,
  site: () => [...contentKeys.all, 'site'] as const,
  front: () => [...contentKeys.all, 'front'] as const,
  sections: () => [...contentKeys.all, 'sections'] as const,
  sectionPage: (sectionId: string, page: number) => [...contentKeys.sections(), sectionId, page] as const,
  articles: () => [...contentKeys.all, 'articles'] as const,
  article: (id: string) => [...contentKeys.articles(), id] as const,
  articleLinks: (id: string) => [...contentKeys.all, 'article-links', id] as const,
  pages: () => [...contentKeys.all, 'pages'] as const,
  page: (id: string) => [...contentKeys.pages(), id] as const,
};

export const siteQuery = () =>
  queryOptions({
    queryKey: contentKeys.site(),
    queryFn: ({ signal }) => fetchers(contentPaths.site()).then((content) => content.fetchSite(signal)),
    staleTime: Infinity,
  });

export const frontPageQuery = () =>
  queryOptions({
    queryKey: contentKeys.front(),
    queryFn: ({ signal }) => fetchers(contentPaths.front()).then((content) => content.fetchFrontPage(signal)),
  });

export const sectionPageQuery = (sectionId: string, page: number) =>
  queryOptions({
    queryKey: contentKeys.sectionPage(sectionId, page),
    queryFn: ({ signal }) =>
      fetchers(contentPaths.sectionPage(sectionId, page)).then((content) =>
        content.fetchSectionPage(sectionId, page, signal),
      ),
  });

export const articleQuery = (id: string) =>
  queryOptions({
    queryKey: contentKeys.article(id),
    queryFn: ({ signal }) =>
      fetchers(contentPaths.article(id)).then((content) => content.fetchArticle(id, signal)),
  });

/**
 * An article's previous, next and related stories. Extras at the article's
 * foot: a document that is missing or broken gives null, and the article
 * shows without them rather than failing.
 */
export const articleLinksQuery = (id: string) =>
  queryOptions({
    queryKey: contentKeys.articleLinks(id),
    queryFn: ({ signal }) =>
      fetchers(contentPaths.articleLinks(id))
        .then((content) => content.fetchArticleLinks(id, signal))
        .catch(() => null),
  });

export const pageQuery = (id: string) =>
  queryOptions({
    queryKey: contentKeys.page(id),
    queryFn: ({ signal }) => fetchers(contentPaths.page(id)).then((content) => content.fetchPage(id, signal)),
  });
