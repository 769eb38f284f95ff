import type { SavedArticle } from '@/features/reader-state/savedArticles';
import {
  copyOf,
  forgetCopiesExcept,
  markPersistAsked,
  offlineCopiesStore,
  recordCopy,
  type OfflineCopy,
} from './offlineCopies';
import { SAVED_CACHE_NAME, savedPageUrl } from './savedCache';
import { storeArticle, StoreFailure, type OfflineEnvironment, type SavedCache } from './storeArticle';
import { storingNow } from './storingNow';

export type ReconcileOptions = {
  /** Which failed articles to try again: all (a new page load, back online) or the ones a reader retried. */
  retry: 'all' | ReadonlySet<string>;
};

function isTrusted(copy: OfflineCopy | undefined, keys: ReadonlySet<string>) {
  return copy?.kind === 'stored' && copy.files.every((file) => keys.has(file));
}

/**
 * Makes the saved-articles cache match the saved list: stores every saved
 * article that is not (verifiably) stored, refreshes /saved's own page while
 * anything is saved, and deletes every file no saved article needs any more.
 * A file is deleted only when no saved article's record lists it, so a file
 * two articles share stays until both are gone.
 */
export async function reconcileSaved(
  env: OfflineEnvironment,
  saved: readonly SavedArticle[],
  { retry }: ReconcileOptions,
) {
  const cache = await env.caches.open(SAVED_CACHE_NAME);
  const keys = new Set((await cache.keys()).map((request) => request.url));
  let hasStored = false;
  for (const article of saved) {
    const copy = copyOf(article.id);
    if (isTrusted(copy, keys)) continue;
    if (copy?.kind === 'failed' && retry !== 'all' && !retry.has(article.id)) continue;
    storingNow.set(article.id, true);
    try {
      const { files, bytes } = await storeArticle(env, cache, article);
      for (const file of files) keys.add(file);
      recordCopy({ id: article.id, kind: 'stored', files, bytes, at: Date.now() });
      hasStored = true;
    } catch (error) {
      if (!(error instanceof StoreFailure)) throw error;
      recordCopy({ id: article.id, kind: 'failed', reason: error.message, at: Date.now() });
    } finally {
      storingNow.set(article.id, false);
    }
  }
  if (hasStored && !offlineCopiesStore.getSnapshot().data.persistAsked) {
    // Asked once, at the first article stored: the browser may then keep the cache under storage pressure.
    markPersistAsked();
    await env.persist().catch(() => undefined);
  }
  if (saved.length > 0) await refreshSavedPage(env, cache);

  const savedIds = new Set(saved.map((article) => article.id));
  forgetCopiesExcept(savedIds);
  const needed = new Set(saved.length > 0 ? [savedPageUrl()] : []);
  for (const copy of offlineCopiesStore.getSnapshot().data.copies) {
    if (savedIds.has(copy.id) && copy.kind === 'stored') for (const file of copy.files) needed.add(file);
  }
  for (const request of await cache.keys()) {
    if (!needed.has(request.url)) await cache.delete(request);
  }
}

/** /saved's page is only a convenience: a failure leaves the previous copy. */
async function refreshSavedPage(env: OfflineEnvironment, cache: SavedCache) {
  try {
    const response = await env.fetch(savedPageUrl());
    if (response.ok) await cache.put(savedPageUrl(), response);
  } catch {
    // Offline or refused: the copy from an earlier run, if any, stays.
  }
}
