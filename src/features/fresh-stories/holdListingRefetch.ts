import type { QueryClient, QueryKey } from '@tanstack/react-query';

const held = { refetchOnWindowFocus: false, refetchOnReconnect: false } as const;

/**
 * Keeps TanStack from refetching a watched listing when the tab comes back
 * or the connection returns: its new stories would land in the page
 * unannounced, moving everything under the reader. The checks offer them
 * instead. The defaults reach the listing's next render; the observers
 * already mounted are told now.
 */
export function holdListingRefetch(queryClient: QueryClient, queryKey: QueryKey) {
  queryClient.setQueryDefaults(queryKey, held);
  const query = queryClient.getQueryCache().find({ queryKey, exact: true });
  for (const observer of query?.observers ?? []) observer.setOptions({ ...observer.options, ...held });
}
