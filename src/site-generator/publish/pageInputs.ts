import type { QueryKey } from '@tanstack/react-query';
import { contentPaths } from '../../features/content/contract/paths.ts';
import { listingPaths } from '../../features/content/contract/listingPaths.ts';

const text = (part: unknown) => (typeof part === 'string' ? part : undefined);
const number = (part: unknown) => (typeof part === 'number' ? part : undefined);

/**
 * The content file (below the content folder) a query of the app reads: a
 * page's inputs are the files of the queries it rendered from. A key this
 * does not know throws, so a new kind of query cannot slip past publish's
 * change detection unseen; add it here.
 */
export function contentFileOfQuery(queryKey: QueryKey): string {
  const [scope, kind, id, page] = queryKey;
  const known = (() => {
    if (scope !== 'content') return undefined;
    const name = text(id);
    const number_ = number(page);
    switch (kind) {
      case 'site':
        return contentPaths.site();
      case 'front':
        return contentPaths.front();
      case 'sections':
        return name !== undefined && number_ !== undefined
          ? contentPaths.sectionPage(name, number_)
          : undefined;
      case 'articles':
        return name !== undefined ? contentPaths.article(name) : undefined;
      case 'article-links':
        return name !== undefined ? contentPaths.articleLinks(name) : undefined;
      case 'pages':
        return name !== undefined ? contentPaths.page(name) : undefined;
      case 'topics':
        return name !== undefined && number_ !== undefined
          ? listingPaths.topicPage(name, number_)
          : undefined;
      case 'authors':
        return name !== undefined && number_ !== undefined
          ? listingPaths.authorPage(name, number_)
          : undefined;
      default:
        return undefined;
    }
  })();
  if (known === undefined) {
    throw new Error(
      `publish cannot tell which content file the query ${JSON.stringify(queryKey)} reads: add it to contentFileOfQuery`,
    );
  }
  return known;
}
