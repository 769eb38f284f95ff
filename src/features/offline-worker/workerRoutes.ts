/**
 * What the offline worker does with a request:
 * - `page`: a page load. Network first (navigation preload, a 3 s limit), then
 *   the same address in any cache (a saved article), then the offline page.
 * - `shell`: site.json. Network first, kept in the worker's own cache.
 * - `stored`: content JSON and images. Network, then the same address in any
 *   cache (a saved article's JSON and hero).
 * - `precached`: a hashed asset or icon the worker precached.
 * - `network`: everything else (search index, feeds, sitemaps, other origins,
 *   anything but GET): the worker stays out of the way.
 */
export type WorkerRoute = 'page' | 'shell' | 'stored' | 'precached' | 'network';

/** The parts of a request the decision reads (a Request has them all). */
export type RequestFacts = { url: string; method: string; mode: string; destination: string };

/** Paths below the base the worker never answers, not even for a page load. */
const NETWORK_ONLY = /^(?:pagefind\/|feeds\/|sitemaps?[./]|robots\.txt$|_deploy\/|_headers$)/;

export function routeFor(
  request: RequestFacts,
  scope: string,
  isPrecached: (url: string) => boolean,
): WorkerRoute {
  const url = new URL(request.url);
  // A fragment (an icon in the sprite, `icons.svg#search`) names a part, not another file.
  url.hash = '';
  const base = new URL(scope);
  if (request.method !== 'GET' || url.origin !== base.origin) return 'network';
  if (!url.pathname.startsWith(base.pathname)) return 'network';
  const sitePath = url.pathname.slice(base.pathname.length);
  if (NETWORK_ONLY.test(sitePath)) return 'network';
  if (sitePath === 'content/site.json') return 'shell';
  if (request.mode === 'navigate') return 'page';
  if (isPrecached(url.href)) return 'precached';
  if (sitePath.startsWith('content/') || request.destination === 'image') return 'stored';
  return 'network';
}
