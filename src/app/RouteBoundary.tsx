import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ContentNotFoundError } from '@/features/content/contentErrors';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { LoadingBar } from '@/ui/LoadingBar';
import { forgetFailedRoutes } from './lazyRoute';
import { NotFoundRoute } from './lazyRoutes';
import { LoadErrorPage } from './LoadErrorPage';

type Props = {
  children: ReactNode;
  /** What a new page does on arrival (scroll, focus, announce); an error page in its place does it too. */
  pageEffects: ReactNode;
};

/**
 * Around every page: a missing document shows the not-found page, any other
 * failure a page that says what went wrong with a retry; moving to another
 * address forgets the error. A page's code that failed to load is fetched
 * afresh next time (forgetFailedRoutes). The Suspense fallback only shows on a first load:
 * later navigations run in a transition, which keeps the old page up instead.
 */
export function RouteBoundary({ children, pageEffects }: Props) {
  const location = useLocation();
  return (
    // The outer boundary waits for the error page's own code: in a navigation
    // (a transition) the old page stays up meanwhile, as for any other page.
    <Suspense fallback={<PagePlaceholder />}>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            resetKey={location.pathname + location.search}
            onReset={reset}
            onCatch={forgetFailedRoutes}
            fallback={(error, retry) =>
              error instanceof ContentNotFoundError ? (
                <>
                  <NotFoundRoute />
                  {pageEffects}
                </>
              ) : (
                <LoadErrorPage error={error} onRetry={retry} pageEffects={pageEffects} />
              )
            }
          >
            <Suspense fallback={<PagePlaceholder />}>
              {children}
              {pageEffects}
            </Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </Suspense>
  );
}

function PagePlaceholder() {
  return (
    <div className="min-h-[60vh]" aria-busy="true">
      <LoadingBar isActive />
      <p className="sr-only" role="status">
        Loading…
      </p>
    </div>
  );
}
