import { useState } from 'react';
import { articlePath, type Site } from '@/features/content/site';
import { siteHref } from '@/lib/basePath';
import { formatCount } from '@/lib/plural';
import { FreshStoriesBanner } from './FreshStoriesBanner';
import { focusShownStory } from './focusShownStory';
import { useFreshStories } from './useFreshStories';
import type { WatchedListing } from './watchedListing';

type Props = { listing: WatchedListing; site: Site };

const forms = { one: 'new story', other: 'new stories' };

/** The banner for one listing's new stories, and what is said aloud about them. */
export function FreshStoriesOffer({ listing, site }: Props) {
  const { offer, dismiss, show } = useFreshStories(listing);
  const [shownMessage, setShownMessage] = useState('');
  const count = offer ? formatCount(offer.stories.length, forms, site.language) : '';
  // Said once an offer: a later check that finds the same stories keeps the offer as it is.
  const announcement = offer ? `${count}. Press Show to see them.` : shownMessage;

  const handleShow = () => {
    const first = offer?.stories[0];
    if (!first) return;
    show();
    setShownMessage(`${count} shown`);
    focusShownStory(siteHref(articlePath(site, first)));
  };
  const handleDismiss = () => {
    setShownMessage('');
    dismiss();
  };

  return (
    <>
      {offer && <FreshStoriesBanner count={count} onShow={handleShow} onDismiss={handleDismiss} />}
      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </>
  );
}
