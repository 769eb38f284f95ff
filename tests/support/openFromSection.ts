import type { Page } from '@playwright/test';
import { sectionPath, type SampleArticle } from './sampleContent';
import { waitForApp } from './test';

/**
 * Pages arrive prerendered with their data, so a fault in fetching can only
 * meet the reader on a later, in-app navigation: open the article from its
 * section once the app has taken over.
 */
export async function openFromSection(page: Page, article: SampleArticle) {
  await page.goto(sectionPath(article.section));
  await waitForApp(page);
  await page.getByRole('link', { name: article.headline }).click();
}

/**
 * Waits until the error page's code has arrived (it loads once the page is
 * idle), for tests where the connection is lost afterwards.
 */
export async function waitForErrorPageCode(page: Page) {
  await page.waitForFunction(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => /\/LoadErrorRoute-[\w-]+\.js$/.test(new URL(entry.name).pathname)),
  );
}
