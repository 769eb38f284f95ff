import { contentKeys } from '@/features/content/contentQueries';
import { listingPaths } from '@/features/content/contract/listingPaths';
import { contentPaths } from '@/features/content/contract/paths';
import type { Site } from '@/features/content/site';
import { topicPageQuery } from '@/features/content/topicQueries';

/** A listing page whose document is checked for new stories: its query key and its content path. */
export type WatchedListing = {
  kind: 'front' | 'section' | 'topic';
  id: string;
  queryKey: readonly unknown[];
  path: string;
};

/**
 * The listing shown at a site path, when it is the first page of one: the
 * front page, a section's or a topic's page. Later pages, articles and the
 * site's other pages are not checked: their stories do not change on top.
 */
export function watchedListingAt(site: Site, pathname: string, search: string): WatchedListing | null {
  if (new URLSearchParams(search).has('page')) return null;
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/')
    return { kind: 'front', id: '', queryKey: contentKeys.front(), path: contentPaths.front() };
  const topic = /^\/topics\/([^/]+)$/.exec(path)?.[1];
  if (topic !== undefined) {
    return {
      kind: 'topic',
      id: topic,
      queryKey: topicPageQuery(topic, 1).queryKey,
      path: listingPaths.topicPage(topic, 1),
    };
  }
  const section = site.sections.find((candidate) => candidate.path === path);
  if (!section) return null;
  return {
    kind: 'section',
    id: section.id,
    queryKey: contentKeys.sectionPage(section.id, 1),
    path: contentPaths.sectionPage(section.id, 1),
  };
}
