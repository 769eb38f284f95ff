/**
 * Test doubles for Web Storage: what another tab writes, and storage that is
 * full or turned off. Tests reach localStorage only through these helpers, the
 * way the app reaches it only through src/lib/storage.ts. Used only by tests.
 */
import { onTestFinished, vi } from 'vitest';
import type { PersistentStore } from '@/lib/persistentStore';

export function envelope(version: number, data: unknown): string {
  return JSON.stringify({ version, data });
}

export function readStored(key: string): string | null {
  return window.localStorage.getItem(key);
}

/** The `data` of the envelope stored under `key`. */
export function readStoredData(key: string): unknown {
  const raw = readStored(key);
  if (raw === null) throw new Error(`nothing is stored under "${key}"`);
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null || !('data' in parsed)) {
    throw new Error(`"${key}" does not hold a {version, data} envelope: ${raw}`);
  }
  return parsed.data;
}

export function writeStored(key: string, raw: string) {
  window.localStorage.setItem(key, raw);
}

export function clearStorage() {
  window.localStorage.clear();
}

/** The keys stored under `prefix`, sorted. */
export function storedKeysStartingWith(prefix: string): string[] {
  return Object.keys(window.localStorage)
    .filter((key) => key.startsWith(prefix))
    .sort();
}

/** The `storage` event the browser fires in this tab when another tab writes `key`. */
export function dispatchStorageEvent(
  key: string,
  newValue: string | null,
  storageArea = window.localStorage,
) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, storageArea }));
}

/** Another tab writes `raw` under `key`: storage changes, then this tab hears of it. */
export function otherTabWrites(key: string, raw: string) {
  writeStored(key, raw);
  dispatchStorageEvent(key, raw);
}

/** Every write fails as it does when the origin's quota is used up. */
export function makeStorageFull() {
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

/** Reaching localStorage throws, as it does when the reader blocks site data. */
export function disableStorage() {
  return vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  });
}

/**
 * Subscribes as a component would (which also makes the store listen for
 * other tabs) and unsubscribes when the test ends, so no store outlives its test.
 */
export function subscribeForTest<T>(store: PersistentStore<T>) {
  const listener = vi.fn<() => void>();
  onTestFinished(store.subscribe(listener));
  return listener;
}
