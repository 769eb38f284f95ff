import type { Page } from '@playwright/test';
import { waitForWorker } from '../support/offlineWorker';
import { articlePath, articles, type SampleArticle } from '../support/sampleContent';
import {
  articleSaveButton,
  expect,
  expectNoAxeViolations,
  failedResourceLog,
  test,
  waitForApp,
  waitForCompanion,
  waitForImages,
} from '../support/test';

// The service worker reads what this page-side code stores; the suite blocks workers by default.
test.use({ serviceWorkers: 'allow' });

const SAVED_CACHE = 'broadsheet-saved';

function sampleArticle(isPhoto: boolean): SampleArticle {
  const found = articles.find((article) => article.image?.src.endsWith('.jpg') === isPhoto);
  if (!found) throw new Error(`the sample content has no article with a ${isPhoto ? 'photo' : 'drawn'} hero`);
  return found;
}
const photoArticle = sampleArticle(true);
const drawnArticle = sampleArticle(false);

/** The paths `broadsheet-saved` holds, sorted. */
function savedCachePaths(page: Page) {
  return page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
  }, SAVED_CACHE);
}

/** The path of the hero file the article page shows. */
function shownHeroPath(page: Page) {
  return page
    .getByRole('main')
    .locator('figure img')
    .first()
    .evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
}

const articleFiles = (article: SampleArticle) => [
  articlePath(article),
  `/content/articles/${article.id}.json`,
  `/content/article-links/${article.id}.json`,
];

async function openArticle(page: Page, article: SampleArticle) {
  await page.goto(articlePath(article));
  await waitForApp(page);
  await waitForCompanion(page);
  await waitForImages(page);
}

async function openSavedList(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('link', { name: /^Saved/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved articles' })).toBeFocused();
}

test.describe('with the network', () => {
  for (const article of [photoArticle, drawnArticle]) {
    test(`saving an article stores its page, JSON, links and the hero it shows; un-saving removes them (${article.image?.src.split('.').pop() ?? ''} hero)`, async ({
      page,
    }) => {
      await openArticle(page, article);
      const hero = await shownHeroPath(page);
      if (article === photoArticle) expect(hero).toMatch(/\/variants\/.+-\d+\.(avif|webp)$/);

      await articleSaveButton(page).click();
      await expect
        .poll(() => savedCachePaths(page))
        .toEqual([...articleFiles(article), hero, '/saved'].sort());

      await articleSaveButton(page).click();
      await expect(articleSaveButton(page)).toHaveAttribute('aria-pressed', 'false');
      await expect.poll(() => savedCachePaths(page)).toEqual([]);
    });
  }

  test('/saved says which articles are available offline and how much space they use', async ({ page }) => {
    await openArticle(page, photoArticle);
    await articleSaveButton(page).click();
    await expect.poll(() => savedCachePaths(page)).toContain(articlePath(photoArticle));
    await openSavedList(page);

    const entry = page.getByRole('listitem').filter({ hasText: photoArticle.headline });
    await expect(entry.getByText(/^Available offline · \d+ (KB|MB)$/)).toBeVisible();
    await expect(
      page.getByText(/^1 article available offline, using \d+ (KB|MB) on this device\.$/),
    ).toBeVisible();

    // After a reload the status comes from the cache and the stored record.
    await page.reload();
    await expect(entry.getByText(/^Available offline · \d+ (KB|MB)$/)).toBeVisible();
  });

  test('a phone (360 px, 3× pixels) stores the hero variant it displays, saved from the article or a listing', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'allow',
    });
    const page = await context.newPage();
    const fromListing = articles.find(
      (article) =>
        article !== photoArticle &&
        article.section === photoArticle.section &&
        article.image?.src.endsWith('.jpg'),
    );
    if (!fromListing) throw new Error('the sample content has no second photo article in the section');

    await openArticle(page, photoArticle);
    const shown = await shownHeroPath(page);
    await articleSaveButton(page).click();
    await expect.poll(() => savedCachePaths(page)).toContain(shown);

    // Saved from a listing card: the hero is chosen for the article page this phone would show.
    await page.goto(`/news/${photoArticle.section}`);
    await waitForApp(page);
    await waitForCompanion(page);
    await page.getByRole('button', { name: `Save “${fromListing.headline}”` }).click();
    await expect
      .poll(async () => (await savedCachePaths(page)).includes(articlePath(fromListing)))
      .toBe(true);
    await openArticle(page, fromListing);
    const shownThere = await shownHeroPath(page);
    expect(await savedCachePaths(page)).toContain(shownThere);
    expect((await savedCachePaths(page)).filter((path) => path.includes(`/${fromListing.id}-`))).toEqual([
      shownThere,
    ]);
    await context.close();
  });

  test('/saved with offline copies has no axe violations (light and dark) and no sideways scroll at 320 px', async ({
    page,
  }) => {
    await openArticle(page, drawnArticle);
    await articleSaveButton(page).click();
    await expect.poll(() => savedCachePaths(page)).toContain(articlePath(drawnArticle));
    await openSavedList(page);
    await expect(page.getByText(/^Available offline/)).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(page);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
  });
});

test.describe('when a file cannot be stored', () => {
  // page.route does not see requests a service worker answers.
  test.use({ serviceWorkers: 'block', allowConsoleErrors: [failedResourceLog] });

  test('/saved says the article is not available offline, and Retry stores it once the file comes back', async ({
    page,
  }) => {
    const jsonPath = `/content/articles/${photoArticle.id}.json`;
    await openArticle(page, photoArticle);
    await page.route(`**${jsonPath}`, (route) => route.fulfill({ status: 500, body: 'down' }));
    await articleSaveButton(page).click();
    await openSavedList(page);

    const entry = page.getByRole('listitem').filter({ hasText: photoArticle.headline });
    await expect(
      entry.getByText(
        'Not available offline — couldn’t store it: the article’s text could not be downloaded (error 500).',
      ),
    ).toBeVisible();
    expect(await savedCachePaths(page)).not.toContain(articlePath(photoArticle));
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(page);
    }

    await page.unroute(`**${jsonPath}`);
    const retry = entry.getByRole('button', {
      name: `Retry storing “${photoArticle.headline}” for offline reading`,
    });
    await retry.focus();
    await page.keyboard.press('Enter');
    await expect(entry.getByText(/^Available offline · \d+ (KB|MB)$/)).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'is now available offline' })).toHaveText(
      `“${photoArticle.headline}” is now available offline.`,
    );
    expect(await savedCachePaths(page)).toEqual(
      expect.arrayContaining([...articleFiles(photoArticle), '/saved']),
    );
  });
});

test.describe('offline, with the worker in control', () => {
  // Offline, the browser logs what the page asks for and cannot have (its search index, say).
  test.use({ allowConsoleErrors: [failedResourceLog] });

  test('a saved article reloads offline and reads in full, with the hero it showed', async ({
    page,
    context,
  }) => {
    await openArticle(page, photoArticle);
    await waitForWorker(page);
    const hero = await shownHeroPath(page);
    await articleSaveButton(page).click();
    await expect
      .poll(() => savedCachePaths(page))
      .toEqual(expect.arrayContaining([hero, ...articleFiles(photoArticle)]));

    await context.setOffline(true);
    await page.reload();
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(photoArticle.headline);
    const paragraphs = page.getByRole('main').locator('article p[id^="p-"]');
    await expect(paragraphs).toHaveCount(
      photoArticle.body.filter((block) => block.type === 'paragraph').length,
    );
    const shown = page.getByRole('main').locator('figure img').first();
    await expect
      .poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    expect(await shownHeroPath(page)).toBe(hero);
  });

  test('/saved opens offline and says the article is there to read', async ({ page, context }) => {
    await openArticle(page, drawnArticle);
    await waitForWorker(page);
    await articleSaveButton(page).click();
    await expect.poll(() => savedCachePaths(page)).toContain('/saved');

    await context.setOffline(true);
    await page.goto('/saved');
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('You are offline');
    await expect(page.getByRole('link', { name: drawnArticle.headline })).toBeVisible();
    await expect(page.getByText(/^Available offline · \d+ (KB|MB)$/)).toBeVisible();
  });
});
