import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { scheduleChecks } from './checkSchedule';
import { holdListingRefetch } from './holdListingRefetch';
import { newStories } from './newStories';
import type { WatchedListing } from './watchedListing';

/** New stories found by a check, with the fresh document that shows them. */
export type FreshOffer = { data: unknown; stories: ArticleSummary[] };

const sameStories = (a: readonly ArticleSummary[], b: readonly ArticleSummary[]) =>
  a.length === b.length && a.every((story, index) => story.id === b[index]?.id);

/**
 * Checks a listing left open for new stories (see scheduleChecks) and offers
 * them; `dismiss` sets the offer aside until a check finds yet newer stories.
 * Mount it with a `key` per listing: a page change stops the checks, cancels
 * one under way and forgets the offer.
 */
export function useFreshStories(listing: WatchedListing | null) {
  const queryClient = useQueryClient();
  const [offer, setOffer] = useState<FreshOffer | null>(null);
  const dismissed = useRef(new Set<string>());

  useEffect(() => {
    if (!listing) return;
    holdListingRefetch(queryClient, listing.queryKey);
    const controller = new AbortController();
    const check = async () => {
      const { listingStories, readFreshListing } = await import('./readFreshListing');
      const fresh = await readFreshListing(listing, controller.signal);
      const shown = listingStories(listing.kind, queryClient.getQueryData(listing.queryKey));
      if (!fresh || !shown || controller.signal.aborted) return;
      const found = newStories(shown.stories, fresh.stories);
      const isNews = found.some((story) => !dismissed.current.has(story.id));
      setOffer((current) => {
        if (!isNews) return found.length === 0 ? null : current;
        // The same stories again: keep the offer as it is, so it is announced once.
        return current && sameStories(current.stories, found)
          ? current
          : { data: fresh.data, stories: found };
      });
    };
    const stop = scheduleChecks({
      // Loaded with the page or fetched on the way to it: the first check is an interval later.
      lastCheckedAt: queryClient.getQueryState(listing.queryKey)?.dataUpdatedAt ?? Date.now(),
      check: () => {
        check().catch(() => undefined);
      },
    });
    return () => {
      stop();
      controller.abort();
    };
  }, [listing, queryClient]);

  const dismiss = () => {
    for (const story of offer?.stories ?? []) dismissed.current.add(story.id);
    setOffer(null);
  };
  const show = () => {
    if (!offer || !listing) return;
    queryClient.setQueryData(listing.queryKey, offer.data);
    setOffer(null);
  };
  return { offer, dismiss, show };
}
