import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { isRetryable } from '@/features/content/contentErrors';

/** `queryCache` lets the prerenderer watch which queries a page reads. */
export function createQueryClient({ queryCache }: Pick<QueryClientConfig, 'queryCache'> = {}) {
  return new QueryClient({
    queryCache,
    defaultOptions: {
      queries: {
        // Published articles change rarely; a minute keeps back/forward instant without going stale for long.
        staleTime: 60_000,
        // A 404 or a contract mismatch will not fix itself: show it at once. A lost connection gets one more try.
        retry: (failureCount, error) => isRetryable(error) && failureCount < 1,
        retryDelay: 500,
      },
    },
  });
}
