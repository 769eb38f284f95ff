import type { Page } from '@playwright/test';
import { articlePath, listing, nth } from '../support/sampleContent';
import { articleSaveButton, expect, test, waitForApp } from '../support/test';

const article = nth(listing('koreas'), 1);

/** Holds the app's entry script back until the returned function is called. */
async function holdEntryScript(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Opens the article with its entry script held back: the page is painted, the app not yet live. */
async function openArticleBeforeApp(page: Page): Promise<() => void> {
  const release = await holdEntryScript(page);
  // Not until 'domcontentloaded': a module script in the page (as before the loader) would hold that back.
  await page.goto(articlePath(article), { waitUntil: 'commit' });
  return release;
}

test('the app starts only after the page has painted its largest content, and then takes the page over', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // The first paint's largest content, which the loader waits for. A larger element painted later (the
    // hero, once decoded on a busy machine) makes a later entry that no loader could wait for.
    new PerformanceObserver((list, observer) => {
      const [first] = list.getEntries();
      if (!first) return;
      observer.disconnect();
      document.documentElement.dataset.paintedAt = String(first.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(articlePath(article));
  await waitForApp(page);

  // The HTML runs no module script of its own: it lists the app's scripts as data for the loader.
  await expect(page.locator('script[type="module"]')).toHaveCount(0);
  const timing = await page.evaluate(() => {
    const entry = performance
      .getEntriesByType('resource')
      .find((resource) => /\/assets\/index-[^/]*\.js$/.test(new URL(resource.name).pathname));
    return { requestedAt: entry?.startTime, paintedAt: Number(document.documentElement.dataset.paintedAt) };
  });
  expect(timing.paintedAt).toBeGreaterThan(0);
  expect(timing.requestedAt).toBeGreaterThanOrEqual(timing.paintedAt);
});

test('taps made before the app is live take effect once it is: Save saves, Display and Share stay open and work', async ({
  page,
}) => {
  const release = await openArticleBeforeApp(page);

  const save = articleSaveButton(page);
  await save.click();
  // Kept for later, and it says so.
  await expect(save).toHaveAttribute('data-pending', '');
  await page.getByText('Display', { exact: true }).click();
  const topBar = page.getByRole('region', { name: 'Share this article', exact: true });
  await topBar.getByText('Share', { exact: true }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated');

  release();
  await waitForApp(page);

  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(save).not.toHaveAttribute('data-pending');
  await expect(topBar.getByRole('button', { name: 'Copy link' })).toBeVisible();
  // The Display panel, whose code loads once it has been opened, arrives and works.
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  await page.getByRole('link', { name: /^Saved/ }).click();
  await expect(
    page.getByRole('list', { name: 'Saved articles' }).getByRole('link', { name: article.headline }),
  ).toBeVisible();
});

test('two taps on Save before the app is live leave the article unsaved, as two taps after would', async ({
  page,
}) => {
  const release = await openArticleBeforeApp(page);
  const save = articleSaveButton(page);
  await save.click();
  await save.click();

  release();
  await waitForApp(page);
  await expect(save).not.toHaveAttribute('data-pending');
  await expect(save).toHaveAttribute('aria-pressed', 'false');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the article offers no Save button, which could not work, and reads whole', async ({ page }) => {
    await page.goto(articlePath(article));
    await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
    await expect(articleSaveButton(page)).toBeHidden();
    // The share menu is a <details>: it opens and its links work without a script.
    const topBar = page.getByRole('region', { name: 'Share this article', exact: true });
    await topBar.getByText('Share', { exact: true }).click();
    await expect(topBar.getByRole('link', { name: 'Share on X' })).toBeVisible();
  });
});
