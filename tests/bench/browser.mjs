// Chromium for the benchmark, and the app's own marker of hydration.
import { chromium } from 'playwright-core';

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: chromePath, args: chromeFlags });
}

export function newRecordingContext(browser) {
  return browser.newContext();
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
