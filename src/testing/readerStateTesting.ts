/**
 * The reader-state stores are module singletons that keep their state in
 * memory once read; component tests that import them statically start each
 * test from this clean slate instead. Used only by tests.
 */
import { preferencesStore } from '@/features/reader-state/preferences';
import { savedStore } from '@/features/reader-state/savedArticles';
import { clearStorage } from './storageTesting';

export function resetReaderState() {
  clearStorage();
  savedStore.acknowledgeRecovery();
  savedStore.update(() => ({ entries: [], removed: {} }));
  preferencesStore.acknowledgeRecovery();
  preferencesStore.update(() => preferencesStore.getServerSnapshot().data);
  clearStorage();
}

export function savedIds(): string[] {
  return savedStore.getSnapshot().data.entries.map(({ id }) => id);
}
