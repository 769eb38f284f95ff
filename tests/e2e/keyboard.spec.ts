import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from '../support/test';
import { listing, articlePath } from '../support/sampleContent';

/** Records every time `<main>` is marked as a highlighted passage, however briefly. */
async function recordMainHighlights(page: Page) {
  await page.addInitScript(() => {
    const highlights: string[] = [];
    Object.defineProperty(window, '__mainHighlights', { value: highlights });
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.target instanceof HTMLElement && record.target.id === 'main')
          highlights.push('highlighted');
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-highlighted'] });
  });
}

function mainHighlights(page: Page) {
  return page.evaluate(() => (window as unknown as { __mainHighlights: string[] }).__mainHighlights);
}

/** Whatever the page's live regions currently say to a screen reader. */
function liveAnnouncements(page: Page) {
  return page
    .locator('[aria-live], [role="status"], [role="alert"]')
    .evaluateAll((regions) => regions.map((region) => region.textContent.trim()).filter(Boolean));
}

for (const key of ['Enter', 'click'] as const) {
  test(`the skip link (${key}) moves focus to the main content and nothing else happens`, async ({
    page,
  }) => {
    await recordMainHighlights(page);
    await page.goto('/news/koreas');
    await waitForApp(page);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    // `not-sr-only` must not strip the padding that makes it a readable target.
    const padding = await skipLink.evaluate((link) => {
      const style = getComputedStyle(link);
      return [style.paddingTop, style.paddingInlineStart].map(Number.parseFloat);
    });
    expect(Math.min(...padding)).toBeGreaterThan(0);

    if (key === 'Enter') await page.keyboard.press('Enter');
    else await skipLink.click();
    const main = page.getByRole('main');
    await expect(main).toBeFocused();
    // Give a page-change effect (highlight, announcement) time to show, were there one.
    await page.waitForTimeout(300);
    await expect(page).toHaveURL('/news/koreas');
    expect(await mainHighlights(page)).toEqual([]);
    expect(await liveAnnouncements(page)).toEqual([]);
    await expect(main).toBeFocused();

    await page.keyboard.press('Tab');
    // The next stop is the first one inside the main content, not back in the header.
    const firstInMain = await page.evaluate(() => {
      const first = document.querySelector('main a[href], main button, main summary, main [tabindex="0"]');
      return first !== null && first === document.activeElement;
    });
    expect(firstInMain).toBe(true);
  });
}

test.describe('without the page script', () => {
  test.use({ javaScriptEnabled: false });

  test('the skip link still leads into the main content', async ({ page }) => {
    await page.goto('/news/koreas');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/news/koreas#main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(
      true,
    );
  });
});

test('a page opened at #main (the skip link followed before the script ran) does not highlight it all', async ({
  page,
}) => {
  await recordMainHighlights(page);
  await page.goto('/news/koreas#main');
  await waitForApp(page);
  await page.waitForTimeout(300);
  expect(await mainHighlights(page)).toEqual([]);
  await expect(page.getByRole('main')).toBeFocused();
});

test('keyboard focus is always visible as an outline', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('heading', { level: 1 }).waitFor();
  for (let step = 0; step < 6; step += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
    });
    expect(outline?.style).toBe('solid');
    expect(outline?.width).toBeGreaterThanOrEqual(2);
  }
});

test('a reader can open an article with the keyboard alone', async ({ page }) => {
  const [first] = listing('koreas');
  if (!first) throw new Error('no Koreas articles');
  await page.goto('/news/koreas');
  await waitForApp(page);
  const link = page.getByRole('link', { name: first.headline });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(articlePath(first));
  await expect(page.getByRole('heading', { level: 1, name: first.headline })).toBeFocused();
});
