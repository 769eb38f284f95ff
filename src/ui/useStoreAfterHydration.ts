import { useSyncExternalStore } from 'react';
import { useIsHydrated } from './useIsHydrated';

/**
 * useSyncExternalStore for state only the browser has (storage, device
 * support): the server's snapshot until the page is hydrated, then the
 * browser's, switched in a transition (useIsHydrated). Plain
 * useSyncExternalStore would switch with a synchronous re-render straight
 * after hydration, which hydrates the rest of the page in one long task.
 */
export function useStoreAfterHydration<T>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => T,
  getServerSnapshot: () => T,
): T {
  const isHydrated = useIsHydrated();
  return useSyncExternalStore(subscribe, isHydrated ? getSnapshot : getServerSnapshot, getServerSnapshot);
}
