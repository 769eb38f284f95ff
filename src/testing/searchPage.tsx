import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router';
import { AppRoutes } from '@/app/AppRoutes';
import { contentKeys } from '@/features/content/contentQueries';
import { toSite } from '@/features/content/site';
import { section, siteSource } from '@/testing/contentFixtures';

// The search page's tests share one site, one indexes.json and one way to render the page at an address.

export const searchSite = toSite({
  ...siteSource([section('news'), section('koreas', 'news'), section('asia', 'news'), section('science')]),
  pages: [],
});

export const searchIndexes = {
  version: 2,
  recentSince: '2025-01-01T00:00:00.000Z',
  recentArticles: 4,
  month: { path: 'pagefind/month/', articles: 1 },
  archives: [
    { year: 2025, quarter: 2, path: 'pagefind/archive-2025-q2/', articles: 1, withRecent: true },
    { year: 2025, quarter: 1, path: 'pagefind/archive-2025-q1/', articles: 1, withRecent: true },
    { year: 2024, quarter: 4, path: 'pagefind/archive-2024-q4/', articles: 1, withRecent: false },
  ],
};

/** The address and how the router got there, for the tests to read. */
// eslint-disable-next-line react-refresh/only-export-components -- a test helper, never hot-reloaded
function Address() {
  const location = useLocation();
  return (
    <div data-testid="address" data-navigation={useNavigationType()}>
      {location.pathname + location.search}
    </div>
  );
}

export function renderSearch(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(contentKeys.site(), searchSite);
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <Suspense fallback="loading">
          <AppRoutes />
        </Suspense>
        <Address />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}
