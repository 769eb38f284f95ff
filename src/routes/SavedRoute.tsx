import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@/ui/Link';
import { siteQuery } from '@/features/content/contentQueries';
import { OfflineStatusLine } from '@/features/offline/OfflineStatusLine';
import { OfflineSummary } from '@/features/offline/OfflineSummary';
import { useOfflineReading } from '@/features/offline/useOfflineReading';
import { canonicalUrl } from '@/features/content/site';
import { listSavedArticles, savedStore } from '@/features/reader-state/savedArticles';
import { useSavedState } from '@/features/reader-state/useReaderState';
import { SavedHealthNotice } from '@/features/saved/SavedHealthNotice';
import { SavedList } from '@/features/saved/SavedList';
import { SavedTransfer } from '@/features/saved/SavedTransfer';
import { PageMetadata } from '@/features/seo/PageMetadata';
import { PageHeading } from '@/ui/PageHeading';

export function SavedRoute() {
  const { data: site } = useSuspenseQuery(siteQuery());
  const { data, health } = useSavedState();
  const articles = listSavedArticles(data);
  const offline = useOfflineReading(articles);

  return (
    <div className="mx-auto max-w-3xl">
      <title>{`Saved articles | ${site.name}`}</title>
      <meta name="robots" content="noindex" />
      <PageMetadata
        site={site}
        title="Saved articles"
        description={`The articles you saved to read later on ${site.name}, kept in this browser.`}
        url={canonicalUrl(site, '/saved')}
      />
      <PageHeading className="font-serif text-page-title font-bold">Saved articles</PageHeading>
      <SavedHealthNotice health={health} onDismiss={savedStore.acknowledgeRecovery} />
      {/* Without Cache Storage there are no offline copies, and nothing is said about them. */}
      {offline.isSupported && articles.length > 0 && (
        <OfflineSummary
          storedCount={offline.storedCount}
          totalBytes={offline.totalBytes}
          announcement={offline.announcement}
          locale={site.language}
        />
      )}
      <SavedList
        articles={articles}
        locale={site.language}
        renderDetails={
          offline.isSupported
            ? (article) => (
                <OfflineStatusLine
                  headline={article.headline}
                  status={offline.statusOf(article.id)}
                  onRetry={() => offline.retry(article)}
                />
              )
            : undefined
        }
        emptyState={
          <div className="mt-2 rounded border-thin border-rule bg-surface p-6 text-summary">
            <p>You have not saved any articles yet.</p>
            <p className="mt-2 text-summary text-muted">
              Use the <strong>Save</strong> button on any article or headline to keep it here and read it
              later. Your list stays in this browser: nothing is sent to us, and you can export it below.
            </p>
            <Link
              to="/"
              className="mt-4 inline-flex min-h-11 items-center font-sans font-semibold text-accent underline"
            >
              Browse the latest news
            </Link>
          </div>
        }
      />
      <SavedTransfer articles={articles} siteUrl={site.url} siteName={site.name} locale={site.language} />
    </div>
  );
}
