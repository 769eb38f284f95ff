/**
 * The kinds of page a link can lead to whose code loads on demand. The article
 * page itself is in the entry chunk, on the reading path; what loads on demand
 * for it is the code of its deferred regions (byline, topics, foot).
 */
export type PageKind = 'section' | 'page' | 'article';

const preloads = new Map<PageKind, () => Promise<unknown>>();

/** The app says how to load each kind of page; links only say which kind they lead to. */
export function registerPagePreload(kind: PageKind, preload: () => Promise<unknown>) {
  preloads.set(kind, preload);
}

/**
 * Starts loading a page's code ahead of a click. A failure shows when the page
 * itself loads; the promise is for a caller that waits until the code is in.
 */
export function preloadPage(kind: PageKind): Promise<unknown> {
  const pending = preloads.get(kind)?.() ?? Promise.resolve();
  pending.catch(() => undefined);
  return pending;
}

/**
 * Under the query cache's five minutes: data nothing shows is dropped after
 * that, and a page said to be ready must not wait for it after all.
 */
const READY_FOR_MS = 4 * 60_000;
const readySince = new Map<string, number>();

/** Everything the page at this site path needs, data and code, has arrived ahead of a click. */
export function markPageReady(sitePath: string) {
  readySince.set(sitePath, Date.now());
}

/** Whether the page at this site path can render at once, without waiting for anything. */
export function isPageReady(sitePath: string | null): boolean {
  const since = sitePath === null ? undefined : readySince.get(sitePath);
  return since !== undefined && Date.now() - since < READY_FOR_MS;
}
