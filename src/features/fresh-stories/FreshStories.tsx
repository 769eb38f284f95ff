import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import { siteQuery } from '@/features/content/contentQueries';
import { FreshStoriesOffer } from './FreshStoriesOffer';
import { watchedListingAt } from './watchedListing';

/**
 * For the reader companion: on the first page of a listing (the front page,
 * a section, a topic) left open, checks for new stories and offers them.
 * Each page gets its own offer, so leaving one ends its checks.
 */
export function FreshStories() {
  const { data: site } = useSuspenseQuery(siteQuery());
  const { pathname, search } = useLocation();
  const listing = useMemo(() => watchedListingAt(site, pathname, search), [site, pathname, search]);
  return listing && <FreshStoriesOffer key={listing.path} listing={listing} site={site} />;
}
