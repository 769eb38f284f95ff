import { useSyncExternalStore } from 'react';
import { offlineCopiesStore } from './offlineCopies';
import { canStoreOffline } from './offlineSync';
import { storingNow } from './storingNow';

export type OfflineStatus =
  | { kind: 'stored'; bytes: number }
  | { kind: 'storing' }
  | { kind: 'failed'; reason: string }
  /** Not looked at yet: the companion has not run on this page load. */
  | { kind: 'unknown' };

const noChange = () => () => undefined;

/**
 * Each saved article's offline copy as /saved shows it. Nothing on the server
 * or in the first render after it, so hydration matches; afterwards, only in
 * browsers with Cache Storage.
 */
export function useOfflineCopies(ids: readonly string[]) {
  const isSupported = useSyncExternalStore(noChange, canStoreOffline, () => false);
  const copies = useSyncExternalStore(
    offlineCopiesStore.subscribe,
    offlineCopiesStore.getSnapshot,
    offlineCopiesStore.getServerSnapshot,
  ).data.copies;
  const storing = useSyncExternalStore(storingNow.subscribe, storingNow.getSnapshot, storingNow.getSnapshot);

  const statusOf = (id: string): OfflineStatus => {
    if (storing.has(id)) return { kind: 'storing' };
    const copy = copies.find((known) => known.id === id);
    if (!copy) return { kind: 'unknown' };
    return copy.kind === 'stored'
      ? { kind: 'stored', bytes: copy.bytes }
      : { kind: 'failed', reason: copy.reason };
  };
  const sizes = ids.flatMap((id) => {
    const status = statusOf(id);
    return status.kind === 'stored' ? [status.bytes] : [];
  });
  return {
    isSupported,
    statusOf,
    storedCount: sizes.length,
    totalBytes: sizes.reduce((sum, bytes) => sum + bytes, 0),
  };
}
