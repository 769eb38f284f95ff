import type { SavedCache } from './storeArticle';

/** A Cache Storage in memory, enough for the reconciler: open, keys, put and delete. */
export function fakeCacheStorage() {
  const caches = new Map<string, Map<string, Response>>();
  const urlOf = (request: RequestInfo | URL) =>
    new URL(request instanceof Request ? request.url : String(request), window.location.href).href;
  const open = (name: string) => {
    const entries = caches.get(name) ?? new Map<string, Response>();
    caches.set(name, entries);
    const cache: SavedCache = {
      keys: () => Promise.resolve([...entries.keys()].map((url) => new Request(url))),
      put: (request: RequestInfo | URL, response: Response) => {
        entries.set(urlOf(request), response);
        return Promise.resolve();
      },
      delete: (request: RequestInfo | URL) => Promise.resolve(entries.delete(urlOf(request))),
    };
    return Promise.resolve(cache);
  };
  const storage = { open };
  /** The URLs a cache holds, as paths. */
  const paths = (name: string) =>
    [...(caches.get(name)?.keys() ?? [])].map((url) => new URL(url).pathname).sort();
  return { storage, paths };
}
