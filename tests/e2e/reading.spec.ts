import type { Locator } from '@playwright/test';
import { leaveArticleMidway } from '../support/reflow';
import { articlePath, listing, nth } from '../support/sampleContent';
import { expect, test, waitForApp } from '../support/test';

const koreas = listing('koreas');

test('an opened article is marked as read on the listings', async ({ page }) => {
  const article = nth(koreas, 2);
  await page.goto('/news/koreas');
  await waitForApp(page);
  const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: article.headline }) });
  await expect(card.getByText('Read', { exact: true })).toHaveCount(0);
  await card.getByRole('link', { name: article.headline }).click();
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
  await page.goBack();
  await expect(card.getByText('Read', { exact: true })).toBeVisible();
});

test('returning to a long article offers to continue where the reader left off', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  const article = nth(koreas, 5);
  await page.goto(articlePath(article));
  await waitForApp(page);
  const paragraphs = page.locator('main article p[id^="p-"]');
  const middle = paragraphs.nth(Math.floor((await paragraphs.count()) / 2));
  await middle.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(800);

  await page.goto('/');
  await waitForApp(page);
  await page.goto(articlePath(article));
  await waitForApp(page);
  const offer = page.getByRole('complementary', { name: 'Continue reading' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Continue where you left off' }).click();
  await expect(offer).toBeHidden();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
});

async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [boxA, boxB] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (!boxA || !boxB) throw new Error('an element has no box');
  return (
    boxA.x < boxB.x + boxB.width &&
    boxB.x < boxA.x + boxA.width &&
    boxA.y < boxB.y + boxB.height &&
    boxB.y < boxA.y + boxA.height
  );
}

for (const size of [
  { width: 1280, height: 900 },
  { width: 360, height: 780 },
]) {
  test(`at ${String(size.width)}×${String(size.height)} the offer to continue covers neither the headline nor the picture`, async ({
    page,
  }) => {
    const article = nth(koreas, 5);
    await leaveArticleMidway(page, article);
    await page.setViewportSize(size);
    await page.goto(articlePath(article));
    await waitForApp(page);
    const offer = page.getByRole('complementary', { name: 'Continue reading' });
    await expect(offer).toBeVisible();

    const headline = page.getByRole('heading', { level: 1 });
    const picture = page.locator('main article figure img').first();
    expect(await overlaps(offer, headline), 'the offer covers the headline').toBe(false);
    expect(await overlaps(offer, picture), 'the offer covers the picture').toBe(false);
  });
}

test('Escape closes the offer to continue and leaves focus where the article text starts', async ({
  page,
}) => {
  const article = nth(koreas, 5);
  await leaveArticleMidway(page, article);
  await page.goto(articlePath(article));
  await waitForApp(page);
  const offer = page.getByRole('complementary', { name: 'Continue reading' });
  await offer.getByRole('button', { name: 'Continue where you left off' }).focus();

  await page.keyboard.press('Escape');

  await expect(offer).toBeHidden();
  await expect(page.locator('main article p[id^="p-"]').first()).toBeFocused();
});
