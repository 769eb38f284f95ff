import { useStoreAfterHydration } from '@/ui/useStoreAfterHydration';
import { findFollowed, followedStore, type ListingKey } from './followedListings';

/**
 * The followed listings, apart from useReaderState.ts: only listing pages and
 * the reader companion read them, so the article page's entry script does not
 * carry this store.
 */
export function useFollowedListings() {
  return useStoreAfterHydration(
    followedStore.subscribe,
    followedStore.getSnapshot,
    followedStore.getServerSnapshot,
  ).data;
}

export function useIsFollowed(id: ListingKey): boolean {
  return findFollowed(useFollowedListings(), id) !== undefined;
}
