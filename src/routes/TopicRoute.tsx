import { useSuspenseQueries } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ReplaceAddress } from '@/app/ReplaceAddress';
import { siteQuery } from '@/features/content/contentQueries';
import { listingPaths } from '@/features/content/contract/listingPaths';
import { pagePaths } from '@/features/content/contract/paths';
import { topicPageQuery } from '@/features/content/topicQueries';
import { listingKey } from '@/features/reader-state/followedListings';
import { listingAddress } from '@/features/listing/pageParam';
import { ListingPageLayout } from './ListingPageLayout';
import { NotFoundRoute } from './NotFoundRoute';

/**
 * `/topics/{id}` and its later pages. A topic exists when a tag makes it, so
 * an unknown one is simply a listing the build never wrote: its fetch's 404
 * reaches the page boundary, which shows not-found.
 */
export function TopicRoute() {
  const address = listingAddress(useParams()['*']);
  if (!address) return <NotFoundRoute />;
  // The first page has one address, the topic's.
  if (address.isPageOneAlias) return <ReplaceAddress to={pagePaths.topic(address.id)} />;
  return <TopicPage topicId={address.id} page={address.page} />;
}

function TopicPage({ topicId, page }: { topicId: string; page: number }) {
  const [{ data: site }, { data: listing }] = useSuspenseQueries({
    queries: [siteQuery(), topicPageQuery(topicId, page)],
  });
  const { topic } = listing;
  return (
    <ListingPageLayout
      site={site}
      kind="Topic"
      name={topic.title}
      description={topic.description ?? `Articles about ${topic.title} from ${site.name}, newest first.`}
      intro={
        topic.description && (
          <p className="font-serif text-summary text-pretty text-muted">{topic.description}</p>
        )
      }
      feedPath={listingPaths.topicFeed(topic.id)}
      listing={listing}
      pages={{
        pathOf: (target) => pagePaths.topic(topic.id, target),
        prefetch: (queryClient, target) => queryClient.query(topicPageQuery(topic.id, target)),
      }}
      emptyText={`Nothing is filed under ${topic.title} yet.`}
      followable={listingKey('topics', topic.id)}
    />
  );
}
