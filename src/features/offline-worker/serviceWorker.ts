/// <reference lib="webworker" />
// The offline worker, built by vite-plugin-pwa (injectManifest) into the
// site's base path after the pages are prerendered, so the precache list
// below holds the offline page's revision. Which request goes where is
// decided in workerRoutes.ts; this file only carries it out.
import {
  cleanupOutdatedCaches,
  getCacheKeyForURL,
  matchPrecache,
  precache,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NAVIGATION_TIMEOUT_MS, OFFLINE_PAGE_FILE, SHELL_CACHE } from './workerFiles';
import { routeFor } from './workerRoutes';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const scope = self.registration.scope;
const offlinePage = new URL(OFFLINE_PAGE_FILE, scope).href;
const siteJson = new URL('content/site.json', scope).href;

// The shell's site.json from the start, so even the first offline page load
// after installing can render a saved article's header and navigation.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.add(siteJson))
      .catch(() => undefined),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(Promise.all([self.registration.navigationPreload.enable(), self.clients.claim()]));
});

// registerType 'prompt': a new version waits until the reader chooses Reload.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

function timeout(ms: number): Promise<never> {
  return new Promise((_resolve, reject) => {
    setTimeout(() => {
      reject(new Error(`no answer in ${String(ms)} ms`));
    }, ms);
  });
}

async function fromNetwork(event: FetchEvent): Promise<Response> {
  const preloaded = (await event.preloadResponse) as Response | undefined;
  return preloaded ?? fetch(event.request);
}

/**
 * The server's own answer (a 404 page included) when it comes in time; else
 * this address as a saved article stored it; else the offline page, which
 * says what it is. Never another page's HTML, and never a redirect: the
 * address bar keeps the address the reader asked for.
 */
async function pageResponse(event: FetchEvent): Promise<Response> {
  const network = fromNetwork(event);
  // However the race ends, the preload is awaited (Chromium warns of a preload left unread).
  event.waitUntil(network.catch(() => undefined));
  try {
    return await Promise.race([network, timeout(NAVIGATION_TIMEOUT_MS)]);
  } catch {
    return (
      (await caches.match(event.request, { ignoreSearch: true })) ??
      (await matchPrecache(offlinePage)) ??
      Response.error()
    );
  }
}

/** The network's copy, or the one a saved article stored at this address. */
async function storedResponse(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const stored = await caches.match(request);
    if (stored) return stored;
    throw error;
  }
}

/** site.json from the network, kept for the next offline load. */
async function shellResponse(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(SHELL_CACHE);
      await cache.put(siteJson, response.clone());
    }
    return response;
  } catch (error) {
    const kept = await caches.match(siteJson);
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const route = routeFor(request, scope, (url) => getCacheKeyForURL(url) !== undefined);
  switch (route) {
    case 'network':
      return;
    case 'page':
      event.respondWith(pageResponse(event));
      return;
    case 'shell':
      event.respondWith(shellResponse(request));
      return;
    case 'stored':
      event.respondWith(storedResponse(request));
      return;
    case 'precached':
      event.respondWith(
        matchPrecache(request.url.split('#')[0] ?? '').then((cached) => cached ?? fetch(request)),
      );
      return;
  }
});
