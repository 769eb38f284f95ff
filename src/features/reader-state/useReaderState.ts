import type { PersistentStore, StoreSnapshot } from '@/lib/persistentStore';
import { preferencesStore } from './preferences';
import { readingStore } from './readingState';
import { savedStore } from './savedArticles';
import { useStoreAfterHydration } from '@/ui/useStoreAfterHydration';

/**
 * The server has no storage: it renders, and hydration first matches, the
 * store's initial state; the reader's own state follows once the page is hydrated.
 */
function useStore<T>(store: PersistentStore<T>): StoreSnapshot<T> {
  return useStoreAfterHydration(store.subscribe, store.getSnapshot, store.getServerSnapshot);
}

export const useSavedState = () => useStore(savedStore);
export const useReadingState = () => useStore(readingStore);
export const usePreferences = () => useStore(preferencesStore);

export function useIsSaved(id: string): boolean {
  return useSavedState().data.entries.some((entry) => entry.id === id);
}

export function useReadingEntry(id: string) {
  return useReadingState().data.articles.find((entry) => entry.id === id);
}
