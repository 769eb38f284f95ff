import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { ReplaceAddress } from '@/app/ReplaceAddress';
import { sectionPageQuery, siteQuery } from '@/features/content/contentQueries';
import { pageNeighbours } from '@/features/content/contract/listingPages';
import { feedPaths } from '@/features/content/contract/paths';
import { sectionDescription } from '@/features/content/contract/shareCard';
import { canonicalUrl, sectionPagePath } from '@/features/content/site';
import { Pagination } from '@/features/listing/Pagination';
import { EmptyListing } from '@/features/listing/EmptyListing';
import { SectionListing } from '@/features/listing/SectionListing';
import { parsePageParam } from '@/features/listing/pageParam';
import { Breadcrumb } from '@/features/navigation/Breadcrumb';
import { SectionLink } from '@/features/navigation/SectionLink';
import { PageMetadata } from '@/features/seo/PageMetadata';
import { sectionStructuredData } from '@/features/seo/structuredData';
import { listingKey } from '@/features/reader-state/followedListings';
import { PageHeading } from '@/ui/PageHeading';
import { FollowableHeading } from './FollowableHeading';
import { renderSaveToggle } from './renderSaveToggle';
import { NotFoundRoute } from './NotFoundRoute';
import { siteHref } from '@/lib/basePath';

type Props = { sectionId: string };

export function SectionRoute({ sectionId }: Props) {
  // `/news/koreas/page/2` is the canonical form; `?page=2` keeps working.
  const params = useParams();
  const [searchParams] = useSearchParams();
  const page = parsePageParam(params.page ?? searchParams.get('page'));
  if (page === null) return <NotFoundRoute />;
  // The first page has one address, the section's: `/page/1` and `?page=1` take its place in history.
  if (page === 1 && (params.page !== undefined || searchParams.has('page'))) {
    return <SectionAddress sectionId={sectionId} />;
  }
  return <SectionPage sectionId={sectionId} page={page} />;
}

function SectionAddress({ sectionId }: { sectionId: string }) {
  const { data: site } = useSuspenseQuery(siteQuery());
  const section = site.sectionsById[sectionId];
  return section ? <ReplaceAddress to={sectionPagePath(section, 1)} /> : <NotFoundRoute />;
}

function SectionPage({ sectionId, page }: { sectionId: string; page: number }) {
  const [{ data: site }, { data: listing }] = useSuspenseQueries({
    queries: [siteQuery(), sectionPageQuery(sectionId, page)],
  });
  const section = site.sectionsById[sectionId];
  if (!section) return <NotFoundRoute />;
  const title = page > 1 ? `${section.title}, page ${String(page)}` : section.title;
  const url = canonicalUrl(site, sectionPagePath(section, page));

  return (
    <>
      <title>{`${title} | ${site.name}`}</title>
      <PageMetadata
        site={site}
        title={title}
        description={sectionDescription(section.title, site.name)}
        url={url}
        shareCard={{ pagePath: section.path, subject: { kind: 'section', title: section.title } }}
        structuredData={sectionStructuredData(site, section, url, listing.items)}
      />
      <link
        rel="alternate"
        type="application/rss+xml"
        title={`${section.title} | ${site.name}`}
        href={siteHref(feedPaths.section(section.id))}
      />
      <Breadcrumb site={site} section={section} isSectionCurrent />
      <FollowableHeading
        listing={listingKey('sections', section.id)}
        name={section.title}
        stories={listing.items}
        isFirstPage={listing.page === 1}
      >
        {/* Read as "Koreas, page 2"; the two spans alone would run together as "KoreasPage 2". */}
        <PageHeading className="font-serif text-page-title font-bold" label={page > 1 ? title : undefined}>
          {section.title}
          {page > 1 && <span className="ms-3 font-sans text-control text-muted">Page {page}</span>}
        </PageHeading>
      </FollowableHeading>
      {section.children.length > 0 && (
        <nav aria-label={`In ${section.title}`} className="mt-4">
          <ul className="flex flex-wrap gap-2 font-sans text-control">
            {section.children.map((child) => {
              const node = site.sectionsById[child.id];
              return node ? (
                <li key={child.id}>
                  <SectionLink
                    section={node}
                    className={() =>
                      'inline-flex min-h-11 items-center rounded-full border border-rule px-4 hover:border-ink'
                    }
                  />
                </li>
              ) : null;
            })}
          </ul>
        </nav>
      )}
      <div className="mt-8">
        {listing.items.length > 0 ? (
          <SectionListing
            stories={listing.items}
            hasLead={listing.page === 1}
            label={`${section.title} articles`}
            showsSection={section.children.length > 0}
            renderActions={renderSaveToggle}
          />
        ) : (
          <EmptyListing
            listing={listing}
            nothingYet={`Nothing has been published in ${section.title} yet. New articles appear here as soon as they are out.`}
          />
        )}
        <Pagination section={section} page={listing.page} {...pageNeighbours(listing)} />
      </div>
    </>
  );
}
