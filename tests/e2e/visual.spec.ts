import type { Page } from '@playwright/test';
import { articlePath, articles, articleWithPullquote } from '../support/sampleContent';
import { articleSaveButton, expect, failedResourceLog, test, waitForApp } from '../support/test';

/**
 * The design's record: full-page screenshots of the pages a reader sees most,
 * at a desktop and a phone size, light and dark, compared with the baselines
 * committed beside this file. A reviewer looks at those PNGs; a change to the
 * design updates them on purpose (`npx playwright test visual --update-snapshots`).
 *
 * The clock is fixed, so "3 hours ago" reads the same on every run, and the
 * fonts and every picture (lazy ones too) have arrived before the shot.
 */
const NOW = new Date('2026-12-01T09:00:00Z');

const viewports = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 360, height: 780 },
] as const;

const otherArticles = articles.filter((article) => article.id !== articleWithPullquote.id);

const pages = [
  { name: 'front', open: (page: Page) => page.goto('/') },
  { name: 'section', open: (page: Page) => page.goto('/news') },
  { name: 'article', open: (page: Page) => page.goto(articlePath(articleWithPullquote)) },
  {
    name: 'saved',
    open: async (page: Page) => {
      for (const article of otherArticles.slice(0, 2)) {
        await page.goto(articlePath(article));
        await waitForApp(page);
        await articleSaveButton(page).click();
      }
      await page.goto('/saved');
    },
  },
  { name: 'not-found', open: (page: Page) => page.goto('/no-such-page') },
] as const;

/** Scrolls to the end and back, so lazy pictures load, then waits for them and the fonts. */
async function settle(page: Page) {
  await waitForApp(page);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    scrollTo(0, 0);
    await document.fonts.ready;
  });
  // A lazy image inside something not displayed (the saved list's thumbnails on a phone) never loads.
  await page.waitForFunction(() =>
    [...document.images].every((image) => image.complete || image.getClientRects().length === 0),
  );
}

for (const viewport of viewports) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.name}, ${scheme}`, () => {
      test.use({ viewport: { width: viewport.width, height: viewport.height }, colorScheme: scheme });

      for (const shown of pages) {
        test.describe(shown.name, () => {
          // The not-found page comes with its 404 status, which the console reports.
          if (shown.name === 'not-found') test.use({ allowConsoleErrors: [failedResourceLog] });

          test(`the ${shown.name} page looks as designed`, async ({ page }) => {
            await page.clock.setFixedTime(NOW);
            await shown.open(page);
            await settle(page);

            await expect(page).toHaveScreenshot(`${shown.name}-${viewport.name}-${scheme}.png`, {
              fullPage: true,
              maxDiffPixelRatio: 0.01,
            });
          });
        });
      }
    });
  }
}
