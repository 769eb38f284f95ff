import type { QueryClient } from '@tanstack/react-query';
import { Link } from '@/ui/Link';
import type { PageNeighbours } from '@/features/content/contract/listingPages';
import type { PageKind } from '@/features/content/pagePreload';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';

/** Where each page of a listing is, and how to warm its data: a section's, a topic's or an author's. */
export type ListingPages = {
  /** The kind of page, whose code a link loads on intent; none when it is the page already shown. */
  kind?: PageKind;
  pathOf: (page: number) => string;
  prefetch: (queryClient: QueryClient, page: number) => Promise<unknown>;
};

type Props = { listing: ListingPages; page: number } & PageNeighbours;

const linkClass =
  'inline-flex min-h-11 items-center rounded border border-rule px-4 font-sans text-control hover:border-ink';

function PageLink({
  listing,
  page,
  rel,
  children,
}: {
  listing: ListingPages;
  page: number;
  rel: 'prev' | 'next';
  children: string;
}) {
  const prefetchHandlers = usePrefetchOnIntent(
    (queryClient) => [listing.prefetch(queryClient, page)],
    listing.kind,
  );
  return (
    <Link to={listing.pathOf(page)} rel={rel} className={linkClass} {...prefetchHandlers}>
      {children}
    </Link>
  );
}

/**
 * Newer and older pages of a listing, and which page this is. The archive's
 * pages are numbered from the oldest story (listingPages.ts), so no page says
 * how many there are: that would change every page with every story.
 */
export function ListingPagination({ listing, page, newer, older }: Props) {
  if (newer === null && older === null) return null;
  return (
    // Wraps rather than scrolling sideways when large text meets a phone's width.
    <nav
      aria-label="Pages"
      className="mt-block flex flex-wrap items-center justify-between gap-x-4 gap-y-3 border-t border-rule pt-6"
    >
      <div>
        {newer !== null && (
          <PageLink listing={listing} page={newer} rel="prev">
            ← Newer
          </PageLink>
        )}
      </div>
      <p className="font-sans text-meta text-muted">{page === 1 ? 'Latest' : `Page ${String(page)}`}</p>
      <div>
        {older !== null && (
          <PageLink listing={listing} page={older} rel="next">
            Older →
          </PageLink>
        )}
      </div>
    </nav>
  );
}
