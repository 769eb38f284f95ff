import { useEffect } from 'react';
import { markOpened, newestPublished, type ListingKey } from '@/features/reader-state/followedListings';

/**
 * The reader has opened a followed listing's first page and seen its stories
 * (or, on an empty one, everything up to now): none of them is new any more,
 * and the navigation's mark goes. A later page shows older stories and
 * changes nothing.
 */
export function useOpenedListing(
  listing: ListingKey,
  stories: readonly { publishedAt: string }[],
  isFirstPage: boolean,
) {
  useEffect(() => {
    if (isFirstPage) markOpened(listing, newestPublished(stories));
  }, [listing, stories, isFirstPage]);
}
