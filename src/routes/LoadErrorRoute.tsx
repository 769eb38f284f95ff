import { useLocation } from 'react-router';
import { ContentLoadError } from '@/features/content/contentErrors';
import { useCachedSite } from '@/features/content/useCachedSite';
import { MirrorLinks } from '@/features/navigation/MirrorLinks';
import { PageHeading } from '@/ui/PageHeading';
import { useIsOnline } from '@/ui/useIsOnline';
import { useRetryWhenOnline } from '@/ui/useRetryWhenOnline';
import { explainLoadError } from './explainLoadError';
import { siteHref } from '@/lib/basePath';

type Props = { error: unknown; onRetry: () => void };

/**
 * What went wrong, in words, with a way to try again: never a blank page.
 * When the connection was to blame, its return tries again by itself, and the
 * same page is offered on the site's mirrors (the site document may be missing
 * if site.json is what failed; then there is no list).
 */
export function LoadErrorRoute({ error, onRetry }: Props) {
  const { heading, advice, isAboutConnection } = explainLoadError(error, useIsOnline());
  useRetryWhenOnline(onRetry, isAboutConnection);
  const mirrors = useCachedSite()?.mirrors ?? [];
  // The router's location is relative to the site's base path, as mirrors' paths are.
  const { pathname, search } = useLocation();
  const detail = error instanceof ContentLoadError || error instanceof Error ? error.message : String(error);
  return (
    <section role="alert" className="mx-auto max-w-measure py-10">
      <title>{`${heading} | Broadsheet`}</title>
      <PageHeading className="font-serif text-page-title font-bold">{heading}</PageHeading>
      <p className="mt-4 text-summary">{advice}</p>
      <p className="mt-4 rounded border-thin border-rule bg-surface p-3 font-mono text-meta break-words">
        {detail}
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
      {isAboutConnection && <MirrorLinks mirrors={mirrors} sitePath={pathname + search} />}
    </section>
  );
}
