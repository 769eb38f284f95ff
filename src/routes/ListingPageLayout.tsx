import type { ReactNode } from 'react';
import { pageNeighbours } from '@/features/content/contract/listingPages';
import type { ArticleSummary } from '@/features/content/contract/schema';
import { canonicalUrl, type Site } from '@/features/content/site';
import { EmptyListing } from '@/features/listing/EmptyListing';
import { ListingPagination, type ListingPages } from '@/features/listing/ListingPagination';
import { SectionListing } from '@/features/listing/SectionListing';
import { PageMetadata } from '@/features/seo/PageMetadata';
import { listingStructuredData } from '@/features/seo/listingStructuredData';
import type { ListingKey } from '@/features/reader-state/followedListings';
import { PageHeading } from '@/ui/PageHeading';
import { FollowableHeading } from './FollowableHeading';
import { siteHref } from '@/lib/basePath';
import { renderSaveToggle } from './renderSaveToggle';

type Listing = {
  page: number;
  totalPages?: number | undefined;
  newerPage?: number | undefined;
  items: ArticleSummary[];
};

type Props = {
  site: Site;
  /** "Topic" or "Author", above the heading. */
  kind: string;
  name: string;
  description: string;
  /** What follows the heading: a topic's description, an author's role and bio. */
  intro: ReactNode;
  feedPath: string;
  listing: Listing;
  pages: ListingPages;
  person?: { name: string; role?: string | undefined; bio?: string | undefined };
  /** Shown when the listing is empty. */
  emptyText: string;
  /** A topic can be followed; an author cannot. */
  followable?: ListingKey;
};

/** A topic's or an author's page: who or what it is, its feed, and its articles newest first, 20 a page (listingPages.ts). */
export function ListingPageLayout({
  site,
  kind,
  name,
  description,
  intro,
  feedPath,
  listing,
  pages,
  followable,
  ...rest
}: Props) {
  const { page } = listing;
  const title = page > 1 ? `${name}, page ${String(page)}` : name;
  const url = canonicalUrl(site, pages.pathOf(page));
  const feedTitle = `${name} | ${site.name}`;
  const heading = (
    <PageHeading
      className="font-serif text-page-title font-bold text-balance"
      label={page > 1 ? title : undefined}
    >
      {name}
      {page > 1 && <span className="ms-3 font-sans text-control text-muted">Page {page}</span>}
    </PageHeading>
  );
  return (
    <>
      <title>{`${title} | ${site.name}`}</title>
      <PageMetadata
        site={site}
        title={title}
        description={description}
        url={url}
        structuredData={listingStructuredData(site, url, name, listing.items, rest.person)}
      />
      <link rel="alternate" type="application/rss+xml" title={feedTitle} href={siteHref(feedPath)} />
      <p className="font-sans text-kicker text-muted uppercase">{kind}</p>
      {followable ? (
        <FollowableHeading listing={followable} name={name} stories={listing.items} isFirstPage={page === 1}>
          {heading}
        </FollowableHeading>
      ) : (
        <div className="mt-2">{heading}</div>
      )}
      <div className="mt-3 max-w-measure">{intro}</div>
      <p className="mt-3 font-sans text-meta">
        <a href={siteHref(feedPath)} className="inline-flex min-h-6 items-center text-accent underline">
          RSS feed of {name}
        </a>
      </p>
      <div className="mt-8">
        {listing.items.length > 0 ? (
          <SectionListing
            stories={listing.items}
            hasLead={page === 1}
            label={`Articles: ${name}`}
            showsSection
            renderActions={renderSaveToggle}
          />
        ) : (
          <EmptyListing listing={listing} nothingYet={rest.emptyText} />
        )}
        <ListingPagination listing={pages} page={page} {...pageNeighbours(listing)} />
      </div>
    </>
  );
}
