import { QueryClientProvider, QueryErrorResetBoundary, type QueryClient } from '@tanstack/react-query';
import { StrictMode, Suspense } from 'react';
import type { ReactNode } from 'react';
import { BrowserRouter, StaticRouter } from 'react-router';
import { LoadErrorRoute } from '@/routes/LoadErrorRoute';
import { ErrorBoundary } from '@/ui/ErrorBoundary';
import { AppRoutes } from './AppRoutes';

type Props = {
  queryClient: QueryClient;
  /** Set when prerendering: the page to render, without a browser history. */
  location?: string;
};

function Router({ location, children }: { location: string | undefined; children: ReactNode }) {
  return location === undefined ? (
    <BrowserRouter>{children}</BrowserRouter>
  ) : (
    <StaticRouter location={location}>{children}</StaticRouter>
  );
}

/** Providers and the outermost boundary: if site.json itself cannot load, say so instead of a blank page. */
export function App({ queryClient, location }: Props) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Router location={location}>
          <QueryErrorResetBoundary>
            {({ reset }) => (
              <ErrorBoundary
                resetKey="site"
                onReset={reset}
                fallback={(error, retry) => (
                  <main id="main" className="mx-auto max-w-page px-4 py-10 sm:px-6">
                    <LoadErrorRoute error={error} onRetry={retry} />
                  </main>
                )}
              >
                <Suspense fallback={null}>
                  <AppRoutes />
                </Suspense>
              </ErrorBoundary>
            )}
          </QueryErrorResetBoundary>
        </Router>
      </QueryClientProvider>
    </StrictMode>
  );
}
