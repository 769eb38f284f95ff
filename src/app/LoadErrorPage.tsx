import type { ReactNode } from 'react';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { PageHeading } from '@/ui/PageHeading';
import { useIsOnline } from '@/ui/useIsOnline';
import { useRetryWhenOnline } from '@/ui/useRetryWhenOnline';
import { forgetFailedRoutes } from './lazyRoute';
import { LoadErrorRoute } from './lazyRoutes';

type Props = {
  error: unknown;
  onRetry: () => void;
  /** What a new page does on arrival (focus, announce): run once the explanation itself shows. */
  pageEffects?: ReactNode;
};

/**
 * The page that explains a failed load. Its code is loaded when the page is
 * idle rather than with it (preloadWhenIdle). Until it arrives this suspends
 * to a boundary above (see RouteBoundary), so the old page, its title and the
 * pending cues stay and nothing is said: a reader never hears a guess that the
 * explanation then contradicts. If even that code cannot load (the connection
 * was lost first), a plain message says so, and the next failure asks for the
 * code again.
 */
export function LoadErrorPage({ error, onRetry, pageEffects }: Props) {
  return (
    <ErrorBoundary
      resetKey="explanation"
      onCatch={forgetFailedRoutes}
      fallback={() => (
        <>
          <PlainLoadError onRetry={onRetry} />
          {pageEffects}
        </>
      )}
    >
      <LoadErrorRoute error={error} onRetry={onRetry} />
      {pageEffects}
    </ErrorBoundary>
  );
}

/** Shown when the error page's own code could not load: the connection is what failed. */
function PlainLoadError({ onRetry }: { onRetry: () => void }) {
  const isOnline = useIsOnline();
  useRetryWhenOnline(onRetry);
  const heading = isOnline ? 'We couldn’t load this page' : 'You’re offline';
  return (
    <section className="mx-auto max-w-measure py-10">
      <title>{`${heading} | Broadsheet`}</title>
      <PageHeading className="font-serif text-page-title font-bold">{heading}</PageHeading>
      <p role="alert" className="mt-4 text-summary">
        {isOnline
          ? 'Check your connection and try again.'
          : 'It will load by itself as soon as you’re back online.'}
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
