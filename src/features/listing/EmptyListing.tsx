/**
 * What a listing page with no story says. A listing with stories can still
 * have an empty page: a withdrawn story keeps its place (listingPages.ts), so
 * a page whose every story was withdrawn stays, empty, at its address.
 */
export function EmptyListing({
  listing,
  nothingYet,
}: {
  listing: { page: number; totalPages?: number | undefined };
  /** Said when the listing has no story at all: "Nothing is filed under Seoul yet." */
  nothingYet: string;
}) {
  const hasOtherPages = listing.page > 1 || (listing.totalPages ?? 1) > 1;
  return (
    <p className="rounded border border-rule bg-surface p-6 font-serif text-summary">
      {hasOtherPages
        ? 'The stories that were on this page have been withdrawn. The other pages are linked below.'
        : nothingYet}
    </p>
  );
}
