import type { Page } from '@playwright/test';
import {
  addReaderStyle,
  DOUBLE_TEXT_CSS,
  elementsPastRightEdge,
  hasHorizontalScroll,
  isWithinWindowWidth,
  pageKinds,
  saveArticle,
  TEXT_SPACING_CSS,
} from '../support/reflow';
import { articlePath, articleWithPullquote, listing, nth } from '../support/sampleContent';
import { expect, failedResourceLog, test, waitForApp } from '../support/test';

// Reflow (WCAG 1.4.10): at 320 CSS px nothing but the section rows may scroll
// sideways, whatever the reader has saved, opened or restyled.
test.use({ viewport: { width: 320, height: 640 }, allowConsoleErrors: [failedResourceLog] });

const PHONE_WIDTHS = [320, 360, 390];

async function expectNoSidewaysScroll(page: Page, state: string) {
  if (!(await hasHorizontalScroll(page))) return;
  const culprits = (await elementsPastRightEdge(page)).join(', ');
  expect(false, `the page scrolls sideways ${state}: ${culprits}`).toBe(true);
}

/** The Display button is whole on screen, not cut off at the window's edge. */
async function expectDisplayOnScreen(page: Page, state: string) {
  expect(await isWithinWindowWidth(page, 'header summary'), `Display is cut off ${state}`).toEqual([true]);
}

/** Each restyled state at each phone width: no sideways scroll, Display whole. */
async function expectReflowWithStyle(page: Page, css: string, name: string) {
  const remove = await addReaderStyle(page, css);
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: 640 });
    await expectNoSidewaysScroll(page, `with ${name} at ${String(width)} px`);
    await expectDisplayOnScreen(page, `with ${name} at ${String(width)} px`);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await remove();
}

for (const [name, path] of pageKinds) {
  test(`${name} reflows at 320 px: saved articles, open panels, text spacing and 200 % text`, async ({
    page,
  }) => {
    await page.goto(path);
    await waitForApp(page);
    await expectNoSidewaysScroll(page, 'as it loads');

    await saveArticle(page, nth(listing('koreas'), 0));
    await page.goto(path);
    await waitForApp(page);
    await expectNoSidewaysScroll(page, 'with a saved article');
    await expectDisplayOnScreen(page, 'with a saved article');

    await page.locator('header summary').click();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
    await expectNoSidewaysScroll(page, 'with Display open');
    await page.keyboard.press('Escape');

    if (path === articlePath(articleWithPullquote)) {
      const topBar = page.getByRole('region', { name: 'Share this article', exact: true });
      await topBar.getByText('Share', { exact: true }).click();
      await expect(topBar.getByRole('link', { name: 'Share on X' })).toBeVisible();
      await expectNoSidewaysScroll(page, 'with the share menu open');
      await page.keyboard.press('Escape');
    }

    await expectReflowWithStyle(page, TEXT_SPACING_CSS, 'text spacing');
    await expectReflowWithStyle(page, DOUBLE_TEXT_CSS, '200 % text');
  });
}

for (const [name, css] of [
  ['text spacing', TEXT_SPACING_CSS],
  ['200 % text', DOUBLE_TEXT_CSS],
] as const) {
  test(`with ${name} a pull quote stays in the window and every ¶ stays on screen`, async ({ page }) => {
    await page.goto(articlePath(articleWithPullquote));
    await waitForApp(page);
    await addReaderStyle(page, css);
    for (const width of [320, 390, 800, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await expectNoSidewaysScroll(page, `at ${String(width)} px`);
      const onScreen = await isWithinWindowWidth(
        page,
        'main article figure:has(blockquote) > *, main article a[aria-label^="Copy link to paragraph"]',
      );
      expect(onScreen.length).toBeGreaterThan(3);
      expect(onScreen, `the pull quote or a ¶ leaves the window at ${String(width)} px`).not.toContain(false);
    }
  });
}
