import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ReplaceAddress } from '@/app/ReplaceAddress';
import { siteQuery } from '@/features/content/contentQueries';
import { listingPaths } from '@/features/content/contract/listingPaths';
import { pagePaths } from '@/features/content/contract/paths';
import { authorPageQuery } from '@/features/content/topicQueries';
import { listingAddress } from '@/features/listing/pageParam';
import { ListingPageLayout } from './ListingPageLayout';
import { NotFoundRoute } from './NotFoundRoute';

/** `/authors/{id}` and its later pages; an id site.json does not define is not found, without a request. */
export function AuthorRoute() {
  const address = listingAddress(useParams()['*']);
  const { data: site } = useSuspenseQuery(siteQuery());
  if (!address || !site.authors?.some((author) => author.id === address.id)) return <NotFoundRoute />;
  if (address.isPageOneAlias) return <ReplaceAddress to={pagePaths.author(address.id)} />;
  return <AuthorPage authorId={address.id} page={address.page} />;
}

function AuthorPage({ authorId, page }: { authorId: string; page: number }) {
  const [{ data: site }, { data: listing }] = useSuspenseQueries({
    queries: [siteQuery(), authorPageQuery(authorId, page)],
  });
  const { author } = listing;
  return (
    <ListingPageLayout
      site={site}
      kind="Author"
      name={author.name}
      description={author.bio ?? `Articles by ${author.name} for ${site.name}, newest first.`}
      intro={
        <>
          {author.role && <p className="font-sans text-control text-ink">{author.role}</p>}
          {author.bio && <p className="mt-2 font-serif text-summary text-pretty text-muted">{author.bio}</p>}
        </>
      }
      feedPath={listingPaths.authorFeed(author.id)}
      listing={listing}
      pages={{
        pathOf: (target) => pagePaths.author(author.id, target),
        prefetch: (queryClient, target) => queryClient.query(authorPageQuery(author.id, target)),
      }}
      person={author}
      emptyText={`${author.name} has not published anything here yet.`}
    />
  );
}
