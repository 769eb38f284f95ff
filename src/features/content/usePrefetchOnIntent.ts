import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { preloadPage, type PageKind } from './pagePreload';

/**
 * Handlers that warm the query cache when a reader points at, touches or
 * focuses a link, and load the code of the page it leads to, so that page
 * usually renders at once on click; not with the data saver on.
 */
export function usePrefetchOnIntent(
  prefetch: (queryClient: QueryClient) => Promise<unknown>[],
  page?: PageKind,
) {
  const queryClient = useQueryClient();
  const handleIntent = () => {
    // The data saver (features/data-saver) spends nothing on a page the reader may not open.
    if (document.documentElement.hasAttribute('data-save-data')) return;
    if (page) preloadPage(page);
    // Failures surface when the page itself loads; a prefetch never reports.
    for (const pending of prefetch(queryClient)) void pending.catch(() => undefined);
  };
  return { onPointerEnter: handleIntent, onFocus: handleIntent, onTouchStart: handleIntent };
}
