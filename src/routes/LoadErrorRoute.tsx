import { useLocation } from 'react-router';
import { useCachedSite } from '@/features/content/useCachedSite';
import { MirrorLinks } from '@/features/navigation/MirrorLinks';
import { PageHeading } from '@/ui/PageHeading';
import { useIsOnline } from '@/ui/useIsOnline';
import { useRetryWhenOnline } from '@/ui/useRetryWhenOnline';
import { explainLoadError } from './explainLoadError';
import { openedPageAt } from './openedPage';
import { siteHref } from '@/lib/basePath';

type Props = { error: unknown; onRetry: () => void };

/**
 * What went wrong, in words, with a way to try again: never a blank page.
 * The reader reads what happened and what to do first; the address and the
 * technical reason wait in a disclosure for whoever reports or fixes it. Its
 * heading takes focus like any new page's, and only the advice is an alert,
 * so a screen reader says each once. When the connection was to blame, its
 * return tries again by itself, and the same page is offered on the site's
 * mirrors (the site document may be missing if site.json is what failed;
 * then there is no list).
 */
export function LoadErrorRoute({ error, onRetry }: Props) {
  const site = useCachedSite();
  // The router's location is relative to the site's base path, as mirrors' paths and sections' are.
  const { pathname, search } = useLocation();
  const { heading, advice, isAboutConnection } = explainLoadError(
    error,
    useIsOnline(),
    openedPageAt(site, pathname),
  );
  useRetryWhenOnline(onRetry, isAboutConnection);
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <section className="mx-auto max-w-measure py-10">
      <title>{`${heading} | Broadsheet`}</title>
      <PageHeading className="font-serif text-page-title font-bold">{heading}</PageHeading>
      <p role="alert" className="mt-4 text-summary">
        {advice}
      </p>
      <div className="mt-6 flex flex-wrap gap-3 font-sans font-semibold">
        <button
          type="button"
          onClick={onRetry}
          className="inline-flex min-h-11 items-center rounded bg-ink px-5 text-paper hover:opacity-90"
        >
          Try again
        </button>
        <a
          href={siteHref('/')}
          className="inline-flex min-h-11 items-center rounded border-thin border-rule px-5 hover:border-ink"
        >
          Go to the front page
        </a>
      </div>
      {isAboutConnection && <MirrorLinks mirrors={site?.mirrors ?? []} sitePath={pathname + search} />}
      <details className="mt-8 font-sans text-meta text-muted">
        <summary className="cursor-pointer py-3 font-semibold">Technical details</summary>
        <p className="rounded border-thin border-rule bg-surface p-3 font-mono break-words">{detail}</p>
      </details>
    </section>
  );
}
