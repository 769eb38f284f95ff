import type { Page } from '@playwright/test';

/**
 * Waits until the offline worker is installed (its precache filled), active
 * and in control of the page. Specs that use it need
 * `test.use({ serviceWorkers: 'allow' })`: the suite blocks workers elsewhere.
 */
export async function waitForWorker(page: Page) {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

/** Every cache's name and the paths (with their query) it holds, in this page's origin. */
export function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const entries: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      entries[name] = requests.map((request) => {
        const url = new URL(request.url);
        return url.pathname + url.search;
      });
    }
    return entries;
  });
}
