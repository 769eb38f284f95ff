// Its own file: a loaded Pagefind is kept for the page's life, so the failure must come first.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router';
import { AppRoutes } from '@/app/AppRoutes';
import { contentKeys } from '@/features/content/contentQueries';
import { toSite } from '@/features/content/site';
import { fakePage, fakePagefind, type FakePage } from '@/features/search/fakePagefind.test-helper';
import { importScript } from '@/features/search/importScript';
import { section, siteSource } from '@/testing/contentFixtures';
import { preloadPages } from '@/testing/renderRoute';

vi.mock('@/features/search/importScript', () => ({ importScript: vi.fn() }));

const site = toSite({
  ...siteSource([section('news'), section('koreas', 'news'), section('asia', 'news'), section('science')]),
  pages: [],
});

let recentPages: FakePage[] = [];
let archivePages: FakePage[] = [];
const pagefind = fakePagefind(
  () => recentPages,
  () => archivePages,
);
const indexes = {
  version: 1,
  recentSince: '2025-11-01T00:00:00.000Z',
  recentArticles: 2,
  archives: [{ year: 2024, path: 'pagefind/archive-2024/', articles: 1 }],
};

function Address() {
  const location = useLocation();
  return (
    <div data-testid="address" data-navigation={useNavigationType()}>
      {location.pathname + location.search}
    </div>
  );
}

function renderSearch(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(contentKeys.site(), site);
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

beforeAll(() => preloadPages(['src/routes/SearchRoute.tsx']));
beforeEach(() => {
  vi.mocked(importScript).mockResolvedValue(pagefind);
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) =>
      url.endsWith('pagefind/indexes.json')
        ? Promise.resolve(Response.json(indexes))
        : Promise.reject(new Error(`unexpected fetch of ${url}`)),
    ),
  );
  recentPages = [
    fakePage({
      url: '/news/koreas/kimchi-season',
      title: 'Kimchi season',
      sections: ['koreas', 'news'],
      published: '2026-10-01T09:00:00.000Z',
      text: 'The kimchi season starts in Seoul with <b>cabbage</b> & salt.',
    }),
    fakePage({
      url: '/news/asia/rice',
      title: 'Rice harvest',
      sections: ['asia', 'news'],
      published: '2026-11-01T09:00:00.000Z',
      text: 'Rice and kimchi fill the markets.',
    }),
  ];
  archivePages = [];
});

describe('when Pagefind cannot be loaded', () => {
  it('says so and tries again on request', async () => {
    const user = userEvent.setup();
    vi.mocked(importScript).mockRejectedValueOnce(
      new TypeError('Failed to fetch dynamically imported module'),
    );
    renderSearch('/search?q=kimchi');

    expect(await screen.findByText('Search could not load.')).toBeInTheDocument();
    await act(() => user.click(screen.getByRole('button', { name: 'Try again' })));

    expect(await screen.findByRole('link', { name: 'Kimchi season' })).toBeInTheDocument();
  });
});
