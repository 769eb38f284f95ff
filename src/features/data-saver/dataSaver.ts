import type { DataSaverChoice } from '@/features/reader-state/preferences';

/**
 * The data saver's one switch, an attribute on <html>: the pre-paint script
 * in index.html sets it before the first image request, the reader companion
 * keeps it in step with the reader's choice. CSS holds images on it
 * (ContentImage); the prefetch on intent asks it at the moment it would
 * spend data (usePrefetchOnIntent), so a change applies at once.
 */
export const SAVE_DATA_ATTRIBUTE = 'data-save-data';

/**
 * Set by the pre-paint script in index.html when the browser asks for less
 * data: `navigator.connection.saveData`, or the cookie the site's nginx sets
 * on a page request that carries `Save-Data: on` (a page cannot read its own
 * request headers). Other hosts have only navigator.connection.
 */
export const BROWSER_SAVES_DATA_ATTRIBUTE = 'data-browser-saves-data';

/** The reader's choice wins; 'browser' follows the browser's ask. */
export function savesData(choice: DataSaverChoice, doesBrowserAsk: boolean): boolean {
  return choice === 'on' || (choice === 'browser' && doesBrowserAsk);
}

/** Mirrors the decision onto <html>, where CSS and the image and prefetch code read it. */
export function applyDataSaver(choice: DataSaverChoice) {
  const root = document.documentElement;
  root.toggleAttribute(
    SAVE_DATA_ATTRIBUTE,
    savesData(choice, root.hasAttribute(BROWSER_SAVES_DATA_ATTRIBUTE)),
  );
}
