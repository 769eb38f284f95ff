import { queryOptions } from '@tanstack/react-query';
import { contentKeys, fetchers } from './contentQueries';
import { listingPaths } from './contract/listingPaths';

// The topic and author listings' options, apart from contentQueries: only their
// own pages' chunks and the prerenderer use them, so the article page's entry
// script carries none of this.

export const topicPageQuery = (topicId: string, page: number) =>
  queryOptions({
    queryKey: [...contentKeys.all, 'topics', topicId, page] as const,
    queryFn: ({ signal }) =>
      fetchers(listingPaths.topicPage(topicId, page)).then((content) =>
        content.fetchTopicPage(topicId, page, signal),
      ),
  });

export const authorPageQuery = (authorId: string, page: number) =>
  queryOptions({
    queryKey: [...contentKeys.all, 'authors', authorId, page] as const,
    queryFn: ({ signal }) =>
      fetchers(listingPaths.authorPage(authorId, page)).then((content) =>
        content.fetchAuthorPage(authorId, page, signal),
      ),
  });
