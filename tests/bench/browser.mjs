// Chromium for the benchmark, and the app's own marker of hydration.
import { chromium } from 'playwright-core';

import { chromeFlags, chromePath } from '../support/chromium.mjs';

export function launchBrowser() {
  return chromium.launch({ executablePath: chromePath, args: chromeFlags });
}

/**
 * Waits until the app marks <html data-hydrated> (its root layout's first
 * effect, once the prerendered page is hydrated) and resolves with the time
 * it wrote there, in ms since navigation.
 */
export async function waitForHydration(page, timeoutMs = 15_000) {
  const marker = page.locator('html[data-hydrated]');
  await marker.waitFor({ state: 'attached', timeout: timeoutMs });
  return { hydratedAtMs: Number(await marker.getAttribute('data-hydrated')) };
}
