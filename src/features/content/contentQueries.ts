import { queryOptions } from '@tanstack/react-query';
import { contentUrl } from './contentUrl';
import { contentPaths } from './contract/paths';
import { frontPageSchema, sectionPageSchema, siteSchema } from './contract/schema';
import { fetchJson, fetchUnknownJson } from './fetchJson';
import { parseArticle } from './parseArticle';
import { toSite } from './site';

/** Query keys from general to specific, so `contentKeys.all` invalidates everything. */
export const contentKeys = {
  all: ['content'] as const,
  site: () => [...contentKeys.all, 'site'] as const,
  front: () => [...contentKeys.all, 'front'] as const,
  sections: () => [...contentKeys.all, 'sections'] as const,
  sectionPage: (sectionId: string, page: number) => [...contentKeys.sections(), sectionId, page] as const,
  articles: () => [...contentKeys.all, 'articles'] as const,
  article: (id: string) => [...contentKeys.articles(), id] as const,
};

export const siteQuery = () =>
  queryOptions({
    queryKey: contentKeys.site(),
    queryFn: ({ signal }) => fetchJson(contentUrl(contentPaths.site()), siteSchema, signal).then(toSite),
    staleTime: Infinity,
  });

export const frontPageQuery = () =>
  queryOptions({
    queryKey: contentKeys.front(),
    queryFn: ({ signal }) => fetchJson(contentUrl(contentPaths.front()), frontPageSchema, signal),
  });

export const sectionPageQuery = (sectionId: string, page: number) =>
  queryOptions({
    queryKey: contentKeys.sectionPage(sectionId, page),
    queryFn: ({ signal }) =>
      fetchJson(contentUrl(contentPaths.sectionPage(sectionId, page)), sectionPageSchema, signal),
  });

export const articleQuery = (id: string) =>
  queryOptions({
    queryKey: contentKeys.article(id),
    queryFn: async ({ signal }) => {
      const url = contentUrl(contentPaths.article(id));
      return parseArticle(await fetchUnknownJson(url, signal), url);
    },
  });
