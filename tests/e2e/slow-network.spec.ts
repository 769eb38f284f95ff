import type { Page } from '@playwright/test';
import { layoutShiftTotal, recordLayoutShifts } from '../support/layoutShifts';
import { listing, nth, site } from '../support/sampleContent';
import { expect, failedResourceLog, test, waitForApp } from '../support/test';

// A slow connection: the next page's content takes seconds. The old page stays
// up meanwhile (navigations run in a transition); these tests check what tells
// the reader their click was taken, and that a quick navigation shows nothing.

const koreas = listing('koreas');
const SECTION_TITLE = `Koreas | ${site.name}`;

/** Holds the article's content back for about three seconds, as a slow network would. */
async function delayArticle(page: Page, id: string, ms = 3_000) {
  await page.route(`**/content/articles/${id}.json`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.fallback();
  });
}

/**
 * Records, in the page, when the reader clicked, when a link first became
 * busy and when the loading bar first showed, and every document title.
 */
async function recordCues(page: Page) {
  await page.evaluate(() => {
    const cues = { clickedAt: 0, busyAt: 0, barAt: 0, titles: [document.title] };
    Object.assign(window, { cues });
    document.addEventListener('click', () => (cues.clickedAt = performance.now()), { capture: true });
    new MutationObserver(() => {
      const now = performance.now();
      if (!cues.busyAt && document.querySelector('[aria-busy="true"]')) cues.busyAt = now;
      if (!cues.barAt && document.querySelector('.loading-bar')) cues.barAt = now;
      if (cues.titles.at(-1) !== document.title) cues.titles.push(document.title);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

type Cues = { clickedAt: number; busyAt: number; barAt: number; titles: string[] };
const cuesOf = (page: Page) => page.evaluate(() => (window as unknown as { cues: Cues }).cues);

test('after 300 ms of waiting, the chosen card is marked busy and a bar sweeps; both go, and the title changes once, when the article shows', async ({
  page,
}) => {
  const target = nth(koreas, 3);
  await page.goto('/news/koreas');
  await waitForApp(page);
  await delayArticle(page, target.id);
  await recordCues(page);

  const link = page.getByRole('link', { name: target.headline });
  await link.click();
  await expect(link).toHaveAttribute('aria-busy', 'true');
  const bar = page.locator('.loading-bar');
  await expect(bar).toBeVisible();
  const { clickedAt, busyAt, barAt } = await cuesOf(page);
  expect(busyAt - clickedAt).toBeGreaterThanOrEqual(300);
  expect(barAt - clickedAt).toBeGreaterThanOrEqual(300);
  // The cue moves: a sweeping bar, a pulsing link.
  expect(await bar.evaluate((element) => getComputedStyle(element, '::before').animationName)).toBe(
    'loading-sweep',
  );
  expect(await link.evaluate((element) => getComputedStyle(element).animationName)).toBe('link-busy');
  // The old page, and its title, stay until the new page shows.
  await expect(page.getByRole('heading', { level: 1, name: 'Koreas' })).toBeVisible();
  expect(await page.title()).toBe(SECTION_TITLE);

  await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeVisible({
    timeout: 10_000,
  });
  await expect(bar).toHaveCount(0);
  await expect(page.locator('[aria-busy]')).toHaveCount(0);
  expect((await cuesOf(page)).titles).toEqual([SECTION_TITLE, `${target.headline} | ${site.name}`]);
});

test('the sweeping bar moves nothing: a long wait adds no layout shift', async ({ page }) => {
  const target = nth(koreas, 4);
  await recordLayoutShifts(page);
  await page.goto('/news/koreas');
  await waitForApp(page);
  await delayArticle(page, target.id);

  await page.getByRole('link', { name: target.headline }).click();
  await expect(page.locator('.loading-bar')).toBeVisible();
  // Two sweeps' worth: a bar moved by layout would report a shift on nearly every frame.
  await page.waitForTimeout(2_000);
  await expect(page.locator('.loading-bar')).toBeVisible();
  expect(await layoutShiftTotal(page)).toBe(0);
});

test('a quick navigation shows neither the busy mark nor the bar', async ({ page }) => {
  const target = nth(koreas, 1);
  await page.goto('/news/koreas');
  await waitForApp(page);
  const link = page.getByRole('link', { name: target.headline });
  // Pointing at the card fetches the article, so the click finds it ready.
  const requested = page.waitForResponse(`**/content/articles/${target.id}.json`);
  await link.hover();
  await requested;
  await recordCues(page);

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeVisible();
  await page.waitForTimeout(500);
  const { busyAt, barAt } = await cuesOf(page);
  expect({ busyAt, barAt }).toEqual({ busyAt: 0, barAt: 0 });
});

test('under reduced motion the busy link and the bar hold still, and the bar keeps a system colour under forced colours', async ({
  page,
}) => {
  const target = nth(koreas, 5);
  await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
  await page.goto('/news/koreas');
  await waitForApp(page);
  await delayArticle(page, target.id);

  const link = page.getByRole('link', { name: target.headline });
  await link.click();
  await expect(link).toHaveAttribute('aria-busy', 'true');
  const bar = page.locator('.loading-bar');
  await expect(bar).toBeVisible();
  const style = await bar.evaluate((element) => {
    const before = getComputedStyle(element, '::before');
    return {
      animation: before.animationName,
      width: before.width,
      colour: before.backgroundColor,
      page: getComputedStyle(document.documentElement).backgroundColor,
    };
  });
  expect(style.animation).toBe('none');
  expect(style.width).toBe(`${String(page.viewportSize()?.width)}px`);
  // Forced colours paint an ordinary background in the page's own colour, which would hide the bar.
  expect(style.colour).not.toBe(style.page);
  expect(style.colour).not.toBe('rgba(0, 0, 0, 0)');
  expect(await link.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');

  await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeVisible({
    timeout: 10_000,
  });
});

test.describe('when the slow request fails', () => {
  test.use({ allowConsoleErrors: [failedResourceLog] });

  test('the busy mark and the bar give way to the error page', async ({ page }) => {
    const target = nth(koreas, 6);
    await page.goto('/news/koreas');
    await waitForApp(page);
    await page.route(`**/content/articles/${target.id}.json`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.fulfill({ status: 503, body: 'busy' });
    });

    const link = page.getByRole('link', { name: target.headline });
    await link.click();
    await expect(link).toHaveAttribute('aria-busy', 'true');

    await expect(
      page.getByRole('heading', { level: 1, name: 'Our server couldn’t send this article' }),
    ).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.loading-bar')).toHaveCount(0);
    await expect(page.locator('[aria-busy]')).toHaveCount(0);
  });
});
