import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { sectionPageQuery } from '@/features/content/contentQueries';
import { parseListingKey, storiesSince } from '@/features/reader-state/followedListings';
import { newCountLabel } from '@/features/reader-state/newStories';
import { setNewCounts } from '@/features/reader-state/newStoryCounts';
import { useFollowedListings } from '@/features/reader-state/useFollowedListings';

/**
 * Counts the new stories of each followed section for the navigation, from
 * the first page of its listing, once the page is live and again whenever the
 * follow store changes (a follow, an opening, another tab). The listing comes
 * through the query cache: a page that already holds it, or fetched it within
 * the minute, asks nothing; otherwise the browser revalidates it with its ETag.
 * A parent section's first page already holds its children's stories, so a
 * followed News counts those too; topics are not in the navigation.
 */
export function useNewStoryCounts() {
  const queryClient = useQueryClient();
  const followed = useFollowedListings();
  useEffect(() => {
    let isCurrent = true;
    const sections = followed.entries.filter((entry) => parseListingKey(entry.id).kind === 'sections');
    void Promise.allSettled(
      sections.map(async (entry) => {
        const { id } = parseListingKey(entry.id);
        const page = await queryClient.query(sectionPageQuery(id, 1));
        return [id, newCountLabel(storiesSince(page.items, entry.lastOpened).length, page)] as const;
      }),
    ).then((results) => {
      if (!isCurrent) return;
      const counts: Record<string, string> = {};
      for (const result of results) {
        const [id, label] = result.status === 'fulfilled' ? result.value : [];
        if (id && label) counts[id] = `${label} new`;
      }
      setNewCounts(counts);
    });
    return () => {
      isCurrent = false;
    };
  }, [followed, queryClient]);
}
