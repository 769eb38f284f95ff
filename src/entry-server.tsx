import {
  QueryCache,
  defaultShouldDehydrateQuery,
  dehydrate,
  type DehydratedState,
  type Query,
  type QueryClient,
  type QueryKey,
  type QueryOptions,
  type QueryState,
} from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { App } from './app/App';
import { OfflineDocument } from './app/OfflineDocument';
import { OFFLINE_PAGE_PATH } from './features/offline-worker/workerFiles';
import { loadDeferredRegions } from './app/deferredRegion';
import { renderedRouteSources } from './app/lazyRoute';
import { createQueryClient } from './app/queryClient';
import {
  articleLinksQuery,
  articleQuery,
  frontPageQuery,
  pageQuery,
  sectionPageQuery,
  siteQuery,
} from './features/content/contentQueries';
import type { PageData } from './features/content/contract/pageData';
import { authorPageQuery, topicPageQuery } from './features/content/topicQueries';
import { basePath, siteHref } from './lib/basePath';

export type RenderedPage = {
  /** The app's markup, for inside #root. */
  html: string;
  /** `<title>`, `<meta>` and `<link>` tags the page rendered, for the document head. */
  head: string;
  /** The queries the page was rendered from, for hydration without refetching. */
  state: DehydratedState;
  /** Source files of the lazy routes on the page, whose chunks the HTML should preload. */
  routeSources: string[];
  /** The key of every query the page read, loaded or failed: what it was made from (publish/pageInputs.ts). */
  queryKeys: QueryKey[];
};

// React puts every hoisted head tag first, before the app's own markup.
const leadingHeadTags = /^(?:<title>[\s\S]*?<\/title>|<meta\b[^>]*\/?>|<link\b[^>]*\/?>)+/;
// renderToString marks a Suspense boundary it had to leave to the client like this.
const suspendedBoundary = '<!--$!-->';
/** Each pass can reveal queries nested below the last ones; pages here are two levels deep at most. */
const MAX_DATA_PASSES = 4;
/** Parsed documents kept between pages (site, listings); older ones are dropped past this. */
const CACHE_LIMIT = 50;

/**
 * The state as a function of the content alone, so the same content makes
 * the same page, byte for byte, in a full build or a publish: without the
 * moments it was fetched and dehydrated (the browser stamps the data as
 * loaded when it takes the page over, main.tsx), and in the order of the
 * queries' keys, not of whatever this renderer's cache met first.
 */
function canonicalState(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries
      .map((query) => ({
        ...query,
        dehydratedAt: 0,
        state: { ...query.state, dataUpdatedAt: 0, errorUpdatedAt: 0 },
      }))
      .sort((a, b) => (a.queryHash < b.queryHash ? -1 : a.queryHash > b.queryHash ? 1 : 0)),
  };
}

/** A query cache that notes which queries the page being rendered reads. */
class RecordingQueryCache extends QueryCache {
  readonly used = new Set<string>();
  override build<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
    client: QueryClient,
    options: QueryOptions<TQueryFnData, TError, TData, TQueryKey> & { queryKey: TQueryKey },
    state?: QueryState<TData, TError>,
  ): Query<TQueryFnData, TError, TData, TQueryKey> {
    const query = super.build(client, options, state);
    this.used.add(query.queryHash);
    return query;
  }
}

/**
 * A renderer with its own query cache, kept for every page it renders:
 * site.json and the section listings are fetched and validated once, not
 * once per article. The prerender worker makes one; a test makes one per case.
 */
export function createPageRenderer() {
  // A prerendered page holds all of itself, the parts the browser hydrates later included.
  loadDeferredRegions();
  const queryCache = new RecordingQueryCache();
  const queryClient = createQueryClient({ queryCache });
  // Content does not change while the build runs: nothing goes stale, and a
  // file that is missing now will still be missing in a second, so nothing is
  // asked twice (the browser's retries are for servers and connections).
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, staleTime: Infinity, retry: false },
  });

  function dropOldQueries() {
    const queries = queryCache.getAll();
    for (const query of queries.slice(0, Math.max(0, queries.length - CACHE_LIMIT))) {
      if (!queryCache.used.has(query.queryHash)) queryCache.remove(query);
    }
  }

  /** Fetches what a page is known to read, all at once, before it renders. */
  function prefetch(data: readonly PageData[]): Promise<unknown> {
    return Promise.all([
      queryClient.query(siteQuery()),
      ...data.map((item) => {
        switch (item.kind) {
          case 'front':
            return queryClient.query(frontPageQuery());
          case 'sectionPage':
            return queryClient.query(sectionPageQuery(item.section, item.page));
          case 'article':
            return queryClient.query(articleQuery(item.id));
          case 'articleLinks':
            return queryClient.query(articleLinksQuery(item.id));
          case 'page':
            return queryClient.query(pageQuery(item.id));
          case 'topicPage':
            return queryClient.query(topicPageQuery(item.topic, item.page));
          case 'authorPage':
            return queryClient.query(authorPageQuery(item.author, item.page));
        }
      }),
    ]);
  }

  /** Resolves once no query is fetching any more. */
  function queriesSettled(): Promise<void> {
    return new Promise((resolve) => {
      if (queryClient.isFetching() === 0) {
        resolve();
        return;
      }
      const unsubscribe = queryCache.subscribe(() => {
        if (queryClient.isFetching() > 0) return;
        unsubscribe();
        resolve();
      });
    });
  }

  /**
   * Renders synchronously; where something suspends, waits for the data it
   * started fetching and renders again (an article page: once without, once with
   * its article). A lazy chunk that is not loaded yet is left to React's
   * prerender, which waits for everything. The final pass always has everything
   * at hand, so the HTML is plain and in order, free of React's inline streaming
   * scripts (which the CSP would rightly block).
   */
  async function renderMarkup(url: string): Promise<string> {
    function Router({ children }: { children: ReactNode }) {
      return (
        <StaticRouter basename={basePath} location={siteHref(url)}>
          {children}
        </StaticRouter>
      );
    }
    const app =
      url === OFFLINE_PAGE_PATH ? (
        <OfflineDocument queryClient={queryClient} Router={Router} />
      ) : (
        <App queryClient={queryClient} Router={Router} />
      );
    for (let pass = 0; pass < MAX_DATA_PASSES; pass += 1) {
      const markup = renderToString(app);
      if (!markup.includes(suspendedBoundary)) return markup;
      if (queryClient.isFetching() === 0) break;
      await queriesSettled();
    }
    await prerender(app);
    return renderToString(app);
  }

  /**
   * Renders one page with the same App, routes and query options the browser
   * uses. Data loads through the app's own fetchers, so the page waits for
   * exactly what it needs; the caller provides `fetch`.
   */
  return async function renderPage(url: string, data: readonly PageData[] = []): Promise<RenderedPage> {
    queryCache.used.clear();
    // A page whose data fails to load renders its error page, as in the browser.
    await prefetch(data).catch(() => undefined);
    renderedRouteSources.clear();
    const markup = await renderMarkup(url);
    const head = leadingHeadTags.exec(markup)?.[0] ?? '';
    const state = canonicalState(
      dehydrate(queryClient, {
        shouldDehydrateQuery: (query) =>
          queryCache.used.has(query.queryHash) && defaultShouldDehydrateQuery(query),
      }),
    );
    const queryKeys = queryCache
      .getAll()
      .filter((query) => queryCache.used.has(query.queryHash))
      .map((query) => query.queryKey);
    dropOldQueries();
    return {
      html: markup.slice(head.length),
      head,
      state,
      routeSources: [...renderedRouteSources],
      queryKeys,
    };
  };
}

/** The renderer of this process: one cache for every page it renders. */
export const renderPage = createPageRenderer();
