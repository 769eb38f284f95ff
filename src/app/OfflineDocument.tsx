import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { OfflineRoute } from '@/routes/OfflineRoute';
import { RootLayout } from './RootLayout';

type Props = {
  queryClient: QueryClient;
  /** The prerenderer's static router at the offline page's address. */
  Router: ComponentType<{ children: ReactNode }>;
};

/**
 * The offline page in the site's shell. It is no route of the app: the
 * offline worker serves it for any address that cannot load, and the app
 * would take it over as that address's page. So the prerenderer renders it alone (entry-server.tsx),
 * and its document runs its own small script (src/features/offline-page).
 */
export function OfflineDocument({ queryClient, Router }: Props) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <Router>
          <Suspense fallback={null}>
            <Routes>
              <Route element={<RootLayout />}>
                <Route path="*" element={<OfflineRoute />} />
              </Route>
            </Routes>
          </Suspense>
        </Router>
      </QueryClientProvider>
    </StrictMode>
  );
}
