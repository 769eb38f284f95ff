import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

type Fixtures = {
  /** Console messages an individual test expects (e.g. the browser's own log of a 404). */
  allowConsoleErrors: RegExp[];
  consoleErrors: string[];
};

/**
 * Every test fails on a console error or an uncaught exception, unless the
 * test names the message it expects.
 */
export const test = base.extend<Fixtures>({
  allowConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowConsoleErrors }, use, testInfo) => {
      const errors: string[] = [];
      const log: string[] = [];
      page.on('console', (message) => {
        log.push(`console.${message.type()}: ${message.text()}`);
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!allowConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) log.push(`navigated: ${frame.url()}`);
      });
      await use(errors);
      if (testInfo.status !== testInfo.expectedStatus) await reportFailedAttempt(page, log);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * The CI log is all there is of a run on another machine (its traces stay
 * there): a failed attempt prints where the page was, what it showed and what
 * it logged, so a failure seen once can still be read.
 */
async function reportFailedAttempt(page: Page, log: string[]) {
  const shown = await page
    .evaluate(() => ({
      url: location.href,
      hydrated: document.documentElement.hasAttribute('data-hydrated'),
      main: (document.querySelector('main')?.innerText ?? '(no main)').slice(0, 400),
    }))
    .catch((error: unknown) => ({ unreadable: String(error) }));
  console.log(['Failed attempt; the page:', JSON.stringify(shown), ...log.slice(-30)].join('\n  '));
}

export { expect };

/** The browser logs every failed request itself; fault and not-found tests expect that. */
export const failedResourceLog = /Failed to load resource/;

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Waits until every eagerly loaded image has arrived (lazy ones wait for the viewport by design). */
export async function waitForImages(page: Page) {
  await page.waitForFunction(() =>
    [...document.images].every((image) => image.loading === 'lazy' || image.complete),
  );
}

/**
 * Waits until the app has taken over the prerendered HTML (or rendered the
 * page): its root layout marks <html> once its effects run.
 */
export async function waitForApp(page: Page) {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Waits until the reader companion (shortcuts, offline worker, fresh stories), loaded after the page is live, is listening. */
export async function waitForCompanion(page: Page) {
  await page.locator('html[data-companion]').waitFor({ state: 'attached' });
}

/**
 * Waits until React has hydrated an element of a deferred region (an
 * article's foot, byline or topics), whose code arrives after the page is
 * interactive: React marks the elements it has taken over with its own keys.
 */
export async function waitForHydrated(element: Locator) {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__react'))))
    .toBe(true);
}

/** The Save toggle in the article's top share row. */
export function articleSaveButton(page: Page) {
  return page
    .getByRole('region', { name: 'Share this article', exact: true })
    .getByRole('button', { name: 'Save' });
}
