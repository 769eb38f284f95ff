import { queryOptions } from '@tanstack/react-query';
import { contentKeys, fetchers } from './contentQueries';
import { contentPaths } from './contract/paths';

// The topic and author listings' options, apart from contentQueries: only their
// own pages' chunks and the prerenderer use them, so the article page's entry
// script carries none of this.

export const topicPageQuery = (topicId: string, page: number) =>
  queryOptions({
    queryKey: [...contentKeys.all, 'topics', topicId, page] as const,
    queryFn: ({ signal }) =>
      fetchers(contentPaths.topicPage(topicId, page)).then((content) =>
        content.fetchTopicPage(topicId, page, signal),
      ),
  });

export const authorPageQuery = (authorId: string, page: number) =>
  queryOptions({
    queryKey: [...contentKeys.all, 'authors', authorId, page] as const,
    queryFn: ({ signal }) =>
      fetchers(contentPaths.authorPage(authorId, page)).then((content) =>
        content.fetchAuthorPage(authorId, page, signal),
      ),
  });
