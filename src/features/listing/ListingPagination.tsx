import type { QueryClient } from '@tanstack/react-query';
import { Link } from '@/ui/Link';
import type { PageKind } from '@/features/content/pagePreload';
import { usePrefetchOnIntent } from '@/features/content/usePrefetchOnIntent';

/** Where each page of a listing is, and how to warm its data: a section's, a topic's or an author's. */
export type ListingPages = {
  /** The kind of page, whose code a link loads on intent; none when it is the page already shown. */
  kind?: PageKind;
  pathOf: (page: number) => string;
  prefetch: (queryClient: QueryClient, page: number) => Promise<unknown>;
};

type Props = { listing: ListingPages; page: number; totalPages: number };

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

/** Newer and older pages of a listing, and which page of how many this is. */
export function ListingPagination({ listing, page, totalPages }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav
      aria-label="Pages"
      className="mt-block flex items-center justify-between gap-4 border-t border-rule pt-6"
    >
      <div>
        {page > 1 && (
          <PageLink listing={listing} page={page - 1} rel="prev">
            ← Newer
          </PageLink>
        )}
      </div>
      <p className="font-sans text-meta text-muted">
        Page {page} of {totalPages}
      </p>
      <div>
        {page < totalPages && (
          <PageLink listing={listing} page={page + 1} rel="next">
            Older →
          </PageLink>
        )}
      </div>
    </nav>
  );
}
