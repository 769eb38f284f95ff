import { articlePath, articleWithPullquote } from '../support/sampleContent';
import { expect, test, waitForApp } from '../support/test';

test('a chosen dark theme survives a reload and is in place before the page body exists', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Record the theme at the moment <body> is parsed: that is the first paint's theme.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('body')) return;
      document.documentElement.dataset.themeAtFirstPaint = document.documentElement.dataset.theme ?? 'system';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await waitForApp(page);
  await page.getByText('Display', { exact: true }).click();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkPaper = 'rgb(20, 20, 20)';
  await expect(page.locator('body')).toHaveCSS('background-color', darkPaper);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme-at-first-paint', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', darkPaper);
  await page.getByText('Display', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('the light theme overrides a dark device setting, and "Match device" follows it again', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await waitForApp(page);
  await page.getByText('Display', { exact: true }).click();
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(251, 250, 247)');
  await page.getByRole('radio', { name: 'Match device' }).check();
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(20, 20, 20)');
});

test('the article text follows the chosen text size, and it persists', async ({ page }) => {
  await page.goto(articlePath(articleWithPullquote));
  await waitForApp(page);
  const paragraph = page.locator('main article p[id^="p-"]').first();
  await expect(paragraph).toHaveCSS('font-size', '19px');
  await page.getByText('Display', { exact: true }).click();
  await page.getByRole('radio', { name: 'Extra large' }).check();
  await expect(paragraph).toHaveCSS('font-size', '26px');
  await page.reload();
  await expect(paragraph).toHaveCSS('font-size', '26px');
});
