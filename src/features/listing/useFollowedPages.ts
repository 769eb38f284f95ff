import { useQueries } from '@tanstack/react-query';
import { sectionPageQuery } from '@/features/content/contentQueries';
import { pagePaths } from '@/features/content/contract/paths';
import type { ArticleSummary } from '@/features/content/contract/schema';
import type { Site } from '@/features/content/site';
import { topicPageQuery } from '@/features/content/topicQueries';
import { parseListingKey, type FollowedEntry } from '@/features/reader-state/followedListings';

export type FollowedPage = {
  key: FollowedEntry['id'];
  title: string;
  path: string;
  lastOpened: number;
  items: ArticleSummary[];
};

/**
 * The first page of every followed section and topic, through the same query
 * cache as their pages. Undefined until every one has answered (or failed), so
 * what shows from them appears at once, not a card at a time.
 */
export function useFollowedPages(site: Site, entries: readonly FollowedEntry[]): FollowedPage[] | undefined {
  return useQueries({
    queries: entries.map((entry) => {
      const { kind, id } = parseListingKey(entry.id);
      return kind === 'topics' ? topicPageQuery(id, 1) : sectionPageQuery(id, 1);
    }),
    combine: (results) => {
      if (results.some((result) => result.isPending)) return undefined;
      return results.flatMap((result, index): FollowedPage[] => {
        const entry = entries[index];
        const page = result.data;
        if (!entry || !page) return [];
        const base = { key: entry.id, lastOpened: entry.lastOpened, items: page.items };
        if ('topic' in page)
          return [{ ...base, title: page.topic.title, path: pagePaths.topic(page.topic.id) }];
        const section = site.sectionsById[page.section];
        return section ? [{ ...base, title: section.title, path: section.path }] : [];
      });
    },
  });
}
