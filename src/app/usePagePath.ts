import { useLocation } from 'react-router';
import { pagePaths } from '@/features/content/contract/paths';
import { isNotFoundDocumentAt } from './notFoundDocument';
import { prerenderedPath } from './prerenderedPath';

/**
 * The site path of the page on screen as the build names its file:
 * `/news/koreas/page/2` for `/news/koreas?page=2`, and the not-found page's
 * own address wherever the server answered with that page. So what a page
 * derives from its address (the mirror links of the footer) is the same when
 * prerendered and when hydrated, whatever the address it is served at.
 */
export function usePagePath(): string {
  const { pathname, search } = useLocation();
  if (isNotFoundDocumentAt(pathname)) return pagePaths.notFound();
  return prerenderedPath(pathname, search) ?? pathname;
}
