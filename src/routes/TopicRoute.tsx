import { useSuspenseQueries } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { siteQuery } from '@/features/content/contentQueries';
import { feedPaths, pagePaths } from '@/features/content/contract/paths';
import { topicPageQuery } from '@/features/content/topicQueries';
import { parsePageParam } from '@/features/listing/pageParam';
import { ListingPageLayout } from './ListingPageLayout';
import { NotFoundRoute } from './NotFoundRoute';

/**
 * `/topics/{id}` and its later pages. A topic exists when a tag makes it, so
 * an unknown one is simply a listing the build never wrote: its fetch's 404
 * reaches the page boundary, which shows not-found.
 */
export function TopicRoute() {
  const { topicId = '', page: pageParam } = useParams();
  const page = parsePageParam(pageParam ?? null);
  if (page === null) return <NotFoundRoute />;
  // The first page has one address, the topic's.
  if (page === 1 && pageParam !== undefined) return <Navigate replace to={pagePaths.topic(topicId)} />;
  return <TopicPage topicId={topicId} page={page} />;
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
      feedPath={feedPaths.topic(topic.id)}
      listing={listing}
      pages={{
        kind: 'topic',
        pathOf: (target) => pagePaths.topic(topic.id, target),
        prefetch: (queryClient, target) => queryClient.query(topicPageQuery(topic.id, target)),
      }}
      emptyText={`Nothing is filed under ${topic.title} yet.`}
    />
  );
}
