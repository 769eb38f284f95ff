import { useSuspenseQuery } from '@tanstack/react-query';
import { siteQuery } from '@/features/content/contentQueries';
import { OfflineSavedArticles } from '@/features/offline-page/OfflineSavedArticles';
import { PageHeading } from '@/ui/PageHeading';

/**
 * The page the offline worker answers with when a page cannot load and is not
 * saved. It says what it is, so it never passes for the page that was asked for.
 */
export function OfflineRoute() {
  const { data: site } = useSuspenseQuery(siteQuery());
  return (
    <section className="mx-auto max-w-measure py-10">
      <title>{`You are offline | ${site.name}`}</title>
      <meta name="robots" content="noindex" />
      <p className="font-sans text-kicker text-accent uppercase">Offline</p>
      <PageHeading className="mt-2 font-serif text-page-title font-bold">You are offline</PageHeading>
      <p className="mt-4 text-summary">
        This page could not be loaded: this device has no connection, or it is too slow. This is {site.name}’s
        offline page, not the page you asked for; reload once you are back online.
      </p>
      <OfflineSavedArticles />
    </section>
  );
}
