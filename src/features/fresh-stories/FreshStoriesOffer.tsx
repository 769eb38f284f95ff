import { useEffect } from 'react';
import { articlePath, type Site } from '@/features/content/site';
import { siteHref } from '@/lib/basePath';
import { formatCount } from '@/lib/plural';
import { announce } from '@/ui/pageAnnouncer';
import { FreshStoriesBanner } from './FreshStoriesBanner';
import { focusShownStory } from './focusShownStory';
import { useFreshStories } from './useFreshStories';
import type { WatchedListing } from './watchedListing';

type Props = { listing: WatchedListing; site: Site };

const forms = { one: 'new story', other: 'new stories' };

/** The banner for one listing's new stories, and what is said aloud about them. */
export function FreshStoriesOffer({ listing, site }: Props) {
  const { offer, dismiss, show } = useFreshStories(listing);
  const count = offer ? formatCount(offer.stories.length, forms, site.language) : '';
  // Said once an offer: a later check that finds the same stories keeps the offer as it is.
  useEffect(() => {
    if (count) announce(`${count}. Press Show to see them.`);
  }, [count]);

  const handleShow = () => {
    const first = offer?.stories[0];
    if (!first) return;
    show();
    announce(`${count} shown`);
    focusShownStory(siteHref(articlePath(site, first)));
  };

  return offer && <FreshStoriesBanner count={count} onShow={handleShow} onDismiss={dismiss} />;
}
