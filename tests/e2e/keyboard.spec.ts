import { expect, test, waitForApp } from '../support/test';
import { listing, articlePath } from '../support/sampleContent';

test('the first Tab reveals a skip link that moves focus to the main content', async ({ page }) => {
  await page.goto('/news/koreas');
  await waitForApp(page);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Skip to content' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the main content, not back in the header.
  const focusedInMain = await page.evaluate(() =>
    document.getElementById('main')?.contains(document.activeElement),
  );
  expect(focusedInMain).toBe(true);
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
