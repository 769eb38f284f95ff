import { useEffect } from 'react';
import { savedStore } from '@/features/reader-state/savedArticles';
import { canStoreOffline, requestReconcile } from './offlineSync';

/**
 * Keeps saved articles readable offline, from the reader companion: whenever
 * the saved list changes (a Save button, another tab, an imported list) the
 * cache follows it. Failed articles are tried again when a page loads and when
 * the connection comes back, or when the reader presses Retry.
 */
export function useOfflineSync() {
  useEffect(() => {
    if (!canStoreOffline()) return;
    let savedIds = idsOf();
    void requestReconcile('all');
    const unsubscribe = savedStore.subscribe(() => {
      const next = idsOf();
      if (next === savedIds) return;
      savedIds = next;
      void requestReconcile();
    });
    const handleOnline = () => {
      void requestReconcile('all');
    };
    window.addEventListener('online', handleOnline);
    return () => {
      unsubscribe();
      window.removeEventListener('online', handleOnline);
    };
  }, []);
}

const idsOf = () =>
  savedStore
    .getSnapshot()
    .data.entries.map((entry) => entry.id)
    .join(' ');
