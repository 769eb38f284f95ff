/**
 * The offline worker's names, shared by the build (vite.config.ts, the
 * server configuration), the worker itself and the page that registers it.
 */

/** The worker's file, at the site's base path: its scope is the whole site and nothing outside it. */
export const WORKER_FILE = 'serviceWorker.js';

/** The Trusted Types policy that lets exactly the worker's address through, named in the pages' policy. */
export const WORKER_POLICY = 'offline-worker';

/** The offline page's address: a page of its own, prerendered, left out of the sitemap. */
export const OFFLINE_PAGE_PATH = '/offline';

/** Its prerendered file below the base path: the one page the worker precaches. */
export const OFFLINE_PAGE_FILE = 'offline/index.html';

/** The worker's own runtime cache: site.json, so the shell of a saved article renders offline. */
export const SHELL_CACHE = 'broadsheet-shell';

/** How long a page load waits for the network before it is answered from the caches. */
export const NAVIGATION_TIMEOUT_MS = 3_000;

/**
 * What the worker precaches, relative to the build's folder: hashed scripts,
 * styles and fonts, the icons and the offline page. Never other pages (there
 * can be 100,000, and a stale copy would hide a correction), content JSON or
 * the search index.
 */
export const PRECACHE_PATTERNS = ['assets/**/*.{js,css,woff2}', '*.svg', OFFLINE_PAGE_FILE];
