import { Suspense } from 'react';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { PageHeading } from '@/ui/PageHeading';
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

function PlainLoadError({ onRetry }: { onRetry: () => void }) {
  return (
    <section role="alert" className="mx-auto max-w-measure py-10">
      <PageHeading className="font-serif text-4xl font-black">This page could not load</PageHeading>
      <p className="mt-4 text-lg">Check your internet connection, then try again.</p>
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
