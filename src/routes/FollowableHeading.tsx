import type { ReactNode } from 'react';
import { FollowToggle } from '@/features/following/FollowToggle';
import { useOpenedListing } from '@/features/following/useOpenedListing';
import { newestPublished, type ListingKey } from '@/features/reader-state/followedListings';

type Props = {
  listing: ListingKey;
  name: string;
  /** The stories on this page, newest first. */
  stories: readonly { publishedAt: string }[];
  isFirstPage: boolean;
  /** The page's heading. */
  children: ReactNode;
};

/**
 * A section's or topic's heading with its Follow toggle at the end of the
 * same line (under it when the name fills the line), and the opening of a
 * followed listing's first page recorded. On a later page, following counts
 * from now: the newest stories are on the first page, not this one.
 */
export function FollowableHeading({ listing, name, stories, isFirstPage, children }: Props) {
  useOpenedListing(listing, stories, isFirstPage);
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2">
      {/* Free to be narrower than its longest line, so a long name wraps rather than scrolls at 320 px. */}
      <div className="min-w-0">{children}</div>
      <FollowToggle
        listing={listing}
        name={name}
        newestSeen={() => (isFirstPage ? newestPublished(stories) : Date.now())}
      />
    </div>
  );
}
