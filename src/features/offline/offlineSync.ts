import { listSavedArticles, savedStore } from '@/features/reader-state/savedArticles';
import { heroVariantUrl } from './heroVariant';
import { reconcileSaved, type ReconcileOptions } from './reconcileSaved';
import { SAVED_CACHE_NAME } from './savedCache';
import type { OfflineEnvironment } from './storeArticle';

/** Cache Storage exists (secure contexts in browsers that have it); without it nothing here runs. */
export const canStoreOffline = () => typeof window !== 'undefined' && 'caches' in window;

const browserEnvironment = (): OfflineEnvironment => ({
  caches: window.caches,
  // Revalidated, so a copy stored today is today's page, not one the HTTP cache kept.
  fetch: (url) => fetch(url, { cache: 'no-cache' }),
  heroUrl: heroVariantUrl,
  persist: () => navigator.storage.persist(),
  isOnline: () => navigator.onLine,
});

type Pending = ReconcileOptions & { onDone: (() => void)[] };
let pending: Pending | null = null;
let isRunning = false;

function mergeRetry(a: ReconcileOptions['retry'], b: ReconcileOptions['retry']): ReconcileOptions['retry'] {
  return a === 'all' || b === 'all' ? 'all' : new Set([...a, ...b]);
}

/**
 * Asks for the saved-articles cache to be brought in line with the saved list.
 * Runs one at a time in this tab (a request while one runs starts another
 * afterwards, with the list as it then is), and one at a time across tabs
 * through a Web Lock, so one tab's sweep never removes what another is storing.
 */
export function requestReconcile(retry: ReconcileOptions['retry'] = new Set()): Promise<void> {
  if (!canStoreOffline()) return Promise.resolve();
  return new Promise((resolve) => {
    pending = pending
      ? { retry: mergeRetry(pending.retry, retry), onDone: [...pending.onDone, resolve] }
      : { retry, onDone: [resolve] };
    if (!isRunning) void drain();
  });
}

async function drain() {
  isRunning = true;
  const env = browserEnvironment();
  while (pending) {
    const options = pending;
    pending = null;
    const run = () => reconcileSaved(env, listSavedArticles(savedStore.getSnapshot().data), options);
    try {
      await ('locks' in navigator ? navigator.locks.request(SAVED_CACHE_NAME, run) : run());
    } catch {
      // Cache Storage refused (private mode, storage off): the saved list works as before, only offline copies are missing.
    }
    for (const done of options.onDone) done();
  }
  isRunning = false;
}
