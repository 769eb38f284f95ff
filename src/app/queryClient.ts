import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { contentRetryDelay, shouldRetryContent } from '@/features/content/retryPolicy';

type Options = Pick<QueryClientConfig, 'queryCache'> & {
  /** Whether the first page has been shown; until then a 404 is not re-checked. Without it, every load counts as a navigation. */
  hasShownFirstPage?: () => boolean;
};

/** `queryCache` lets the prerenderer watch which queries a page reads. */
export function createQueryClient({ queryCache, hasShownFirstPage = () => true }: Options = {}) {
  return new QueryClient({
    queryCache,
    defaultOptions: {
      queries: {
        // Published articles change rarely; a minute keeps back/forward instant without going stale for long.
        staleTime: 60_000,
        // Ask even when the browser says it is offline: TanStack's default would pause the
        // query without a word, while a failed request shows the reader the offline page.
        networkMode: 'always',
        // One more try for what may fix itself (a lost connection, a server error, a 404
        // mid-deploy); a broken document or a timeout is shown at once.
        retry: (failureCount, error) =>
          shouldRetryContent(failureCount, error, { isFirstPage: !hasShownFirstPage() }),
        retryDelay: contentRetryDelay,
      },
    },
  });
}
