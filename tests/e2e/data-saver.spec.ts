import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { layoutShiftTotal, recordLayoutShifts } from '../support/layoutShifts';
import { articlePath, articles, listing, nth } from '../support/sampleContent';
import { expect, expectNoAxeViolations, test, waitForApp, waitForCompanion } from '../support/test';

const SMALLEST = /-320\.(avif|webp)$/;
/**
 * Pages at their served address, with the slash: Chromium drops a Save-Data
 * header Playwright adds from the request that follows a redirect (a browser
 * with data saving on sends its own on every request).
 */
const served = (path: string) => (path.endsWith('/') ? path : `${path}/`);
const SAVE_DATA = { extraHTTPHeaders: { 'Save-Data': 'on' } };

const articleWithImages = (() => {
  const found = articles.find((article) => article.body.some((block) => block.type === 'image'));
  if (!found) throw new Error('the sample content has no article with an image block');
  return found;
})();

/** Every image the page requests from its first byte until it is live and has been scrolled through. */
function recordImages(page: Page): string[] {
  const images: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'image') images.push(new URL(request.url()).pathname);
  });
  return images;
}

async function visit(page: Page, path: string) {
  await page.goto(path);
  await waitForApp(page);
  await waitForCompanion(page);
  // Down to the foot and back: every lazy image the reader would pass gets its chance to load.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
}

/** The images the page asked for before any script ran: the hero or lead, which the browser fetches as it reads the HTML. */
async function priorityImages(page: Page): Promise<string[]> {
  return page
    .locator('img[fetchpriority="high"]')
    .evaluateAll((images) => images.map((image) => new URL((image as HTMLImageElement).currentSrc).pathname));
}

async function newPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  return { context, page: await context.newPage() };
}

for (const [name, path] of [
  ['the front page', '/'],
  ['an article', served(articlePath(articleWithImages))],
] as const) {
  test(`a Save-Data request holds the images of ${name}: fewer, and none larger than the smallest but the first`, async ({
    browser,
  }) => {
    const normal = await newPage(browser);
    const normalImages = recordImages(normal.page);
    await visit(normal.page, path);
    const saving = await newPage(browser, SAVE_DATA);
    const savingImages = recordImages(saving.page);
    await visit(saving.page, path);

    await expect(saving.page.locator('html')).toHaveAttribute('data-save-data');
    expect(savingImages.length).toBeGreaterThan(0);
    expect(savingImages.length).toBeLessThan(normalImages.length);
    const priority = await priorityImages(saving.page);
    expect(savingImages.filter((image) => !SMALLEST.test(image) && !priority.includes(image))).toEqual([]);
    await expect(saving.page.getByRole('button', { name: 'Show image' }).first()).toBeVisible();
    await normal.context.close();
    await saving.context.close();
  });
}

test('nginx tells the page about Save-Data with a cookie, varies on the header, and clears it when it stops', async ({
  request,
}) => {
  const asked = await request.get('/', { headers: { 'Save-Data': 'on' } });
  expect(asked.headers()['set-cookie']).toMatch(/^broadsheet_save_data=on; Path=\//);
  expect(asked.headers().vary).toMatch(/Save-Data/);

  const plain = await request.get('/', { headers: { Cookie: 'other=1' } });
  expect(plain.headers()['set-cookie']).toBeUndefined();
  const stopped = await request.get('/', { headers: { Cookie: 'broadsheet_save_data=on' } });
  expect(stopped.headers()['set-cookie']).toMatch(/^broadsheet_save_data=; .*Max-Age=0/);
});

test('the data saver turned on in Display holds the images of an article; a tap shows one at its smallest', async ({
  page,
}) => {
  // From a page without pictures: the article's would otherwise come from the memory cache, which ignores lazy loading.
  await page.goto('/search');
  await waitForApp(page);
  await page.getByText('Display', { exact: true }).click();
  await page.getByRole('group', { name: 'Data saver' }).getByRole('radio', { name: 'On' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-save-data');

  const images = recordImages(page);
  await visit(page, articlePath(articleWithImages));
  const priority = await priorityImages(page);
  expect(images.filter((image) => !priority.includes(image))).toEqual([]);

  // In DOM order, visible or not: a role query would move on to the next button once this one has gone.
  const button = page.locator('main [data-holds-image]').first();
  await expect(button).toHaveAccessibleName('Show image');
  await button.scrollIntoViewIfNeeded();
  const boxBefore = await button.boundingBox();
  await button.press('Enter');

  await expect.poll(() => images.filter((image) => !priority.includes(image))).toHaveLength(1);
  expect(images.find((image) => !priority.includes(image))).toMatch(SMALLEST);
  const shown = button.locator('xpath=preceding-sibling::*[1]/descendant-or-self::img');
  await expect(shown).toBeFocused();
  await expect.poll(() => shown.evaluate((image) => (image as HTMLImageElement).complete)).toBe(true);
  // The image takes the box its button held.
  const boxAfter = await shown.boundingBox();
  expect(Math.abs((boxAfter?.height ?? 0) - (boxBefore?.height ?? 0))).toBeLessThan(1);

  // Off again: the images come back at once.
  await page.getByText('Display', { exact: true }).click();
  await page.getByRole('group', { name: 'Data saver' }).getByRole('radio', { name: 'Off' }).check();
  await expect(page.locator('html')).not.toHaveAttribute('data-save-data');
  await expect(page.getByRole('button', { name: 'Show image' }).first()).toBeHidden();
});

for (const [saver, expectsPrefetch] of [
  ['off', true],
  ['on', false],
] as const) {
  test(`pointing at a card ${expectsPrefetch ? 'fetches' : 'does not fetch'} its story ahead with the data saver ${saver}`, async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser, saver === 'on' ? SAVE_DATA : {});
    await visit(page, '/news/');
    const json: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('.json')) json.push(request.url());
    });

    await page.locator('main [data-card]').nth(3).locator('h2 a, h3 a').hover();
    await page.waitForTimeout(500);

    if (expectsPrefetch) expect(json.length).toBeGreaterThan(0);
    else expect(json).toEqual([]);
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the data saver's held images have no axe violations and shift nothing (${colorScheme})`, async ({
    browser,
  }) => {
    const { context, page } = await newPage(browser, { ...SAVE_DATA, colorScheme });
    await recordLayoutShifts(page);
    test.slow();
    for (const path of ['/', articlePath(articleWithImages), articlePath(nth(listing('koreas'), 0))].map(
      served,
    )) {
      await page.goto(path);
      await waitForApp(page);
      await waitForCompanion(page);
      await expect(page.locator('html')).toHaveAttribute('data-save-data');
      await expect(page.getByRole('button', { name: 'Show image' }).first()).toBeVisible();
      await page.waitForTimeout(500);
      expect(await layoutShiftTotal(page), path).toBe(0);
      await expectNoAxeViolations(page);
    }
    await context.close();
  });
}
