import { devices } from '@playwright/test';
import { leaveArticleMidway } from '../support/reflow';
import { articlePath, listing, nth } from '../support/sampleContent';
import { layoutShiftTotal, recordLayoutShifts } from '../support/layoutShifts';
import { expect, test, waitForApp } from '../support/test';

// A phone, where cards are narrowest and anything that appears or changes
// after hydration (relative times, read marks, save state) would push lines down.
test.use({ viewport: devices['Pixel 5'].viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

for (const [name, path] of [
  ['a section page', '/news/koreas'],
  ['an article', articlePath(nth(listing('koreas'), 0))],
  ['the front page', '/'],
] as const) {
  test(`${name} does not shift while it loads and hydrates on a phone`, async ({ page }) => {
    await recordLayoutShifts(page);
    await page.goto(path);
    await waitForApp(page);
    // Let effects after hydration (stores, relative times, idle preloads) settle.
    await page.waitForTimeout(1000);

    expect(await layoutShiftTotal(page)).toBe(0);
  });
}

test('the offer to continue reading appears after hydration without shifting the page on a phone', async ({
  page,
}) => {
  const article = nth(listing('koreas'), 5);
  await leaveArticleMidway(page, article);
  await page.setViewportSize(devices['Pixel 5'].viewport);
  await recordLayoutShifts(page);
  await page.goto(articlePath(article));
  await waitForApp(page);
  await expect(page.getByRole('complementary', { name: 'Continue reading' })).toBeAttached();
  await page.waitForTimeout(1000);

  expect(await layoutShiftTotal(page)).toBe(0);
});
