import { QueryClientProvider, QueryErrorResetBoundary, type QueryClient } from '@tanstack/react-query';
import { StrictMode, Suspense, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { AppRoutes } from './AppRoutes';
import { LoadErrorPage } from './LoadErrorPage';

type Props = {
  queryClient: QueryClient;
  /**
   * The browser's history router, or a static one for the page being
   * prerendered: passed in so the browser bundle carries only its own.
   */
  Router: ComponentType<{ children: ReactNode }>;
};

/** Providers and the outermost boundary: if site.json itself cannot load, say so instead of a blank page. */
export function App({ queryClient, Router }: Props) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Router>
          {/* Outside the boundary, so it also waits for the error page's own code. */}
          <Suspense fallback={null}>
            <QueryErrorResetBoundary>
              {({ reset }) => (
                <ErrorBoundary
                  resetKey="site"
                  onReset={reset}
                  fallback={(error, retry) => (
                    <main id="main" className="mx-auto max-w-page px-4 py-10 sm:px-6">
                      <LoadErrorPage error={error} onRetry={retry} />
                    </main>
                  )}
                >
                  <AppRoutes />
                </ErrorBoundary>
              )}
            </QueryErrorResetBoundary>
          </Suspense>
        </Router>
      </QueryClientProvider>
    </StrictMode>
  );
}
