import { useQueryClient, type QueryClient } from '@tanstack/react-query';

/**
 * Handlers that warm the query cache when a reader points at, touches or
 * focuses a link, so the page it leads to usually renders from cache on click.
 */
export function usePrefetchOnIntent(prefetch: (queryClient: QueryClient) => Promise<unknown>[]) {
  const queryClient = useQueryClient();
  const handleIntent = () => {
    // Failures surface when the page itself loads; a prefetch never reports.
    for (const pending of prefetch(queryClient)) void pending.catch(() => undefined);
  };
  return { onPointerEnter: handleIntent, onFocus: handleIntent, onTouchStart: handleIntent };
}
