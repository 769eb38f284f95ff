// Chromium for the benchmark, and the one marker of hydration that needs no app change.
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

/**
 * React reports every commit to the devtools hook when one is present, in
 * production builds too. Installing a minimal hook before the app runs shows
 * when hydration commits, without a marker in the app.
 */
function installCommitRecorder() {
  const commits = [];
  Object.defineProperty(window, '__benchCommits', { value: commits });
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberRoot: () => commits.push(performance.now()),
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
  };
}

export async function newRecordingContext(browser) {
  const context = await browser.newContext();
  await context.addInitScript(installCommitRecorder);
  return context;
}

const QUIET_MS = 300;

/**
 * Waits for the load event, network idle, and then for React to stop
 * committing; resolves with the time of the last commit (ms since navigation).
 * A page that never commits did not hydrate, which is an error.
 */
export async function waitForHydration(page, timeoutMs = 15_000) {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { count, last, now } = await page.evaluate(() => ({
      count: window.__benchCommits.length,
      last: window.__benchCommits.at(-1) ?? 0,
      now: performance.now(),
    }));
    if (count > 0 && now - last >= QUIET_MS) return { hydratedAtMs: last, commits: count };
    if (Date.now() > deadline)
      throw new Error(`${page.url()} did not hydrate within ${String(timeoutMs)} ms`);
    await page.waitForTimeout(100);
  }
}
