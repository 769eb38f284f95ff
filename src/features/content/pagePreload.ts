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

/** Starts loading a page's code ahead of a click; a failure shows when the page itself loads. */
export function preloadPage(kind: PageKind) {
  void preloads
    .get(kind)?.()
    .catch(() => undefined);
}
