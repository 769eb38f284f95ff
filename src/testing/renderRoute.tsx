import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Suspense } from 'react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/AppRoutes';
import { loadDeferredRegions } from '../app/deferredRegion';
import { preloadRoutes } from '../app/lazyRoute';
import { articleRegions, SiteFooter } from '../app/lazyRoutes';
import { contentKeys } from '../features/content/contentQueries';
import type {
  Article,
  ArticleLinks,
  FrontPage,
  Page,
  SectionPage,
  SiteSource,
} from '../features/content/contract/schema';
import { toSite } from '../features/content/site';

type Seed = {
  site: SiteSource;
  front?: FrontPage;
  sectionPages?: SectionPage[];
  /** The site's own pages: listed in the site document as the build lists them, and in the cache. */
  pages?: Page[];
  articles?: Article[];
  /** Links documents by article id; an article without one fails to fetch it. */
  articleLinks?: Record<string, ArticleLinks>;
};

/**
 * Renders the real route table at `path` with the query cache seeded, so a
 * page can be tested without a server. Any fetch the seed did not cover fails
 * loudly instead of hanging.
 */
export function renderRoute(
  path: string,
  { site, front, sectionPages = [], pages = [], articles = [], articleLinks = {} }: Seed,
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const pageLinks = pages.map(({ id, title }) => ({ id, title }));
  queryClient.setQueryData(contentKeys.site(), toSite({ ...site, pages: pageLinks }));
  for (const page of pages) queryClient.setQueryData(contentKeys.page(page.id), { page, droppedBlocks: [] });
  for (const article of articles) {
    queryClient.setQueryData(contentKeys.article(article.id), { article, droppedBlocks: [] });
  }
  for (const [id, links] of Object.entries(articleLinks)) {
    queryClient.setQueryData(contentKeys.articleLinks(id), links);
  }
  if (front) queryClient.setQueryData(contentKeys.front(), front);
  for (const page of sectionPages) {
    queryClient.setQueryData(contentKeys.sectionPage(page.section, page.page), page);
  }
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => Promise.reject(new Error(`unexpected fetch of ${url}`))),
  );
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <Suspense fallback="loading">
          <AppRoutes />
        </Suspense>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/**
 * Loads lazily split pages' code up front, as the browser does before
 * hydrating: a page that suspends on `use` is not retried inside act().
 */
export async function preloadPages(sources: readonly string[]) {
  await preloadRoutes(sources);
  await preloadRegions();
}

/** Loads the code of the regions a page hydrates after it is interactive (an article's foot), for the same reason. */
export async function preloadRegions() {
  loadDeferredRegions();
  await Promise.all([...articleRegions, SiteFooter].map((region) => region.preload()));
}
