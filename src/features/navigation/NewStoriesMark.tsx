import { useSyncExternalStore } from 'react';
import { newCountOf, subscribeToNewCounts } from '@/features/reader-state/newStoryCounts';

/**
 * "3 new" over a followed section's link in the header, like a kicker over a
 * headline: laid over the link's top padding, so it takes no room and moves
 * no other link when it appears after the page is live. Positioned, it is a
 * block of its own, so the link reads "Koreas 3 new", as it shows.
 */
export function NewStoriesMark({ sectionId }: { sectionId: string }) {
  // No count exists before the companion sets one, so the server's answer is the same.
  const count = () => newCountOf(sectionId);
  const label = useSyncExternalStore(subscribeToNewCounts, count, count);
  return (
    label && <span className="absolute start-2 top-0 text-kicker leading-none text-accent">{label}</span>
  );
}
