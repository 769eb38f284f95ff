import { Suspense } from 'react';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { PageHeading } from '@/ui/PageHeading';
import { useIsOnline } from '@/ui/useIsOnline';
import { useRetryWhenOnline } from '@/ui/useRetryWhenOnline';
import { forgetFailedRoutes } from './lazyRoute';
import { LoadErrorRoute } from './lazyRoutes';

type Props = { error: unknown; onRetry: () => void };

/**
 * The page that explains a failed load. Its code is loaded when the page is
 * idle rather than with it (preloadWhenIdle); if even that cannot load (the
 * connection was lost first), a plain message still says what to do, and the
 * next failure asks for the code again.
 */
export function LoadErrorPage({ error, onRetry }: Props) {
  const plainMessage = <PlainLoadError onRetry={onRetry} />;
  return (
    <ErrorBoundary resetKey="explanation" onCatch={forgetFailedRoutes} fallback={() => plainMessage}>
      <Suspense fallback={plainMessage}>
        <LoadErrorRoute error={error} onRetry={onRetry} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** Shown when the error page's own code could not load: the connection is what failed. */
function PlainLoadError({ onRetry }: { onRetry: () => void }) {
  const isOnline = useIsOnline();
  useRetryWhenOnline(onRetry);
  const heading = isOnline ? 'This page could not load' : 'You’re offline';
  return (
    <section role="alert" className="mx-auto max-w-measure py-10">
      <title>{`${heading} | Broadsheet`}</title>
      <PageHeading className="font-serif text-page-title font-bold">{heading}</PageHeading>
      <p className="mt-4 text-summary">
        {isOnline
          ? 'Check your internet connection, then try again.'
          : 'The page will load by itself as soon as you’re back online.'}
      </p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-6 inline-flex min-h-11 items-center rounded bg-ink px-5 font-sans font-semibold text-paper hover:opacity-90"
      >
        Try again
      </button>
    </section>
  );
}
