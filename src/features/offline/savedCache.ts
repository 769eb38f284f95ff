import { contentPaths, pagePaths } from '@/features/content/contract/paths';
import { contentUrl } from '@/features/content/contentUrl';
import { siteHref } from '@/lib/basePath';

/**
 * The Cache Storage cache that holds what saved articles need to be read
 * offline. This page-side code fills it; the service worker only reads it
 * (`caches.match(request, { ignoreSearch: true })` across all caches).
 */
export const SAVED_CACHE_NAME = 'broadsheet-saved';

/** A site or content address as the absolute URL a request for it has, the key it is cached under. */
export function absoluteUrl(address: string): string {
  return new URL(address, window.location.href).href;
}

/**
 * The page itself at its address exactly as the reader navigates to it: nginx
 * answers `/news/koreas/id` with `news/koreas/id/index.html` without a redirect.
 */
export const articlePageUrl = (path: string) => absoluteUrl(siteHref(path));
export const articleJsonUrl = (id: string) => absoluteUrl(contentUrl(contentPaths.article(id)));
export const articleLinksUrl = (id: string) => absoluteUrl(contentUrl(contentPaths.articleLinks(id)));
/** /saved's own page, kept while anything is saved so the list opens offline. */
export const savedPageUrl = () => absoluteUrl(siteHref(pagePaths.saved()));

export function isSameOrigin(url: string): boolean {
  return new URL(url).origin === window.location.origin;
}
