import {
  mergedBundles,
  type MergedBundle,
  searchIndexesSchema,
  searchPaths,
  type SearchIndexes,
} from '@/features/content/contract/searchIndexes';
import { fetchJson } from '@/features/content/fetchJson';
import { siteHref } from '@/lib/basePath';
import { importScript } from './importScript';
import { isPagefindModule, type PagefindInstance, type PagefindModule } from './pagefindApi';

const RECENT_BUNDLE = `/${searchPaths.recent()}`;

let pagefind: Promise<PagefindModule> | undefined;
let indexes: Promise<SearchIndexes> | undefined;
let wholeArchive: Promise<PagefindInstance> | undefined;
let attempts = 0;

/** Keeps a load for reuse, and forgets it when it fails, so Try again starts afresh. */
function remember<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  return load().catch((error: unknown) => {
    forget();
    throw error;
  });
}

async function importPagefind(): Promise<PagefindModule> {
  attempts += 1;
  // A retry asks for a fresh URL: the browser may keep a failed module import for the document's life.
  const href = siteHref(`${RECENT_BUNDLE}pagefind.js${attempts > 1 ? `?attempt=${String(attempts)}` : ''}`);
  const [module, indexes] = await Promise.all([importScript(href), loadSearchIndexes()]);
  if (!isPagefindModule(module)) throw new Error(`${href} is not Pagefind's search API`);
  await module.init();
  // The recent bundle is the newest day: the rest of the last twelve months is in the month bundle and the archive bundles of their quarters.
  await mergeAll(module, mergedBundles(indexes, 'recent'));
  // Loads the filter index, without which a search gives no counts per section.
  await module.filters();
  return module;
}

/** Pagefind with the recent indexes: loaded once, when the search page opens or the header's search is about to be used. */
export function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= remember(importPagefind, () => (pagefind = undefined));
  return pagefind;
}

/**
 * Merges the bundles at once, not one after another: each costs two requests
 * (its entry and metadata), and a whole-archive search merges a bundle a
 * quarter. Pagefind keeps them in the order asked, as it adds each to its
 * list before its first request.
 */
async function mergeAll(instance: PagefindInstance, bundles: readonly MergedBundle[]) {
  await Promise.all(bundles.map((bundle) => instance.mergeIndex(siteHref(bundle.path))));
}

/** What indexes the build wrote: since when the recent one runs, and the archive's, a quarter each. */
export function loadSearchIndexes(): Promise<SearchIndexes> {
  indexes ??= remember(
    () => fetchJson(siteHref(searchPaths.indexes()), searchIndexesSchema),
    () => (indexes = undefined),
  );
  return indexes;
}

async function mergeArchive(): Promise<PagefindInstance> {
  const [module, indexes] = await Promise.all([loadPagefind(), loadSearchIndexes()]);
  // A second instance, so the recent-only search stays as it was when the reader goes back to it.
  const instance = module.createInstance?.({ basePath: siteHref(RECENT_BUNDLE) }) ?? module;
  await mergeAll(instance, mergedBundles(indexes, 'all'));
  await instance.filters();
  return instance;
}

/** Pagefind with every archive bundle merged into the recent index: only after "Search the whole archive". */
export function loadWholeArchive(): Promise<PagefindInstance> {
  wholeArchive ??= remember(mergeArchive, () => (wholeArchive = undefined));
  return wholeArchive;
}

/** Starts loading search before the reader reaches it (the header's search has focus or the pointer). */
export function warmSearch() {
  void loadPagefind().catch(() => undefined);
}
