import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { markPageReady, preloadPage, type PageKind } from './pagePreload';

/**
 * Handlers that warm the query cache when a reader points at, touches or
 * focuses a link, and load the code of the page it leads to, so that page
 * usually renders at once on click; not with the data saver on. With the
 * link's site path, the page is marked ready once all of it has arrived, and
 * the router then shows it without a transition (app/BrowserRouterAtBase).
 */
export function usePrefetchOnIntent(
  prefetch: (queryClient: QueryClient) => Promise<unknown>[],
  page?: PageKind,
  sitePath?: string,
) {
  const queryClient = useQueryClient();
  const handleIntent = () => {
    // The data saver (features/data-saver) spends nothing on a page the reader may not open.
    if (document.documentElement.hasAttribute('data-save-data')) return;
    const pending = [...prefetch(queryClient), ...(page ? [preloadPage(page)] : [])];
    // Failures surface when the page itself loads; a prefetch never reports.
    for (const request of pending) void request.catch(() => undefined);
    if (sitePath)
      void Promise.all(pending).then(
        () => {
          markPageReady(sitePath);
        },
        () => undefined,
      );
  };
  return { onPointerEnter: handleIntent, onFocus: handleIntent, onTouchStart: handleIntent };
}
