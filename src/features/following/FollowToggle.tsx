import { follow, unfollow, type ListingKey } from '@/features/reader-state/followedListings';
import { useIsFollowed } from '@/features/reader-state/useFollowedListings';
import { useIsHydrated } from '@/ui/useIsHydrated';

type Props = {
  listing: ListingKey;
  /** The section's or topic's name, for screen readers: "Follow Koreas". */
  name: string;
  /** The newest story the reader can see on the page now: nothing up to it is new. */
  newestSeen: () => number;
};

/**
 * Follow a section or topic. A toggle button whose pressed state, and its
 * words ("Follow", "Following"), are the one announcement of a change; no
 * live message repeats it. The prerendered page holds it hidden and disabled
 * in its place, since it cannot work without the script: it appears, taking
 * no more room than it had, once the page is live.
 */
export function FollowToggle({ listing, name, newestSeen }: Props) {
  const isHydrated = useIsHydrated();
  const isFollowed = useIsFollowed(listing);
  const handleClick = () => {
    if (isFollowed) unfollow(listing);
    else follow(listing, newestSeen());
  };
  return (
    <button
      type="button"
      aria-pressed={isFollowed}
      disabled={!isHydrated}
      onClick={handleClick}
      className={`inline-flex min-h-11 items-center gap-2 rounded-full border-thin px-4 font-sans text-control ${
        isFollowed ? 'border-ink bg-ink text-paper' : 'border-rule hover:border-ink hover:bg-surface'
      } ${isHydrated ? 'visible' : 'invisible'}`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-4" fill="none">
        <path
          d={isFollowed ? 'M5 12.5l4.5 4.5L19 7.5' : 'M12 5v14M5 12h14'}
          stroke="currentColor"
          strokeWidth={2.25}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {isFollowed ? 'Following' : 'Follow'} <span className="sr-only">{name}</span>
    </button>
  );
}
