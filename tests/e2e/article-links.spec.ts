import type { Page } from '@playwright/test';
import { openFromSection } from '../support/openFromSection';
import { hasHorizontalScroll } from '../support/reflow';
import { articlePath, listing, nth, sectionPath, type SampleArticle } from '../support/sampleContent';
import {
  expect,
  expectNoAxeViolations,
  failedResourceLog,
  test,
  waitForApp,
  waitForHydrated,
  waitForImages,
} from '../support/test';

const koreas = listing('koreas');
/** Between the section's newest and oldest, with earlier stories on its topics (Seoul, heritage). */
const article = nth(
  koreas,
  koreas.findIndex((candidate) => candidate.id === 'namdaemun-fire-restoration'),
);
const index = koreas.indexOf(article);
const newer = nth(koreas, index - 1);
const older = nth(koreas, index + 1);
const neighbours = (page: Page) => page.getByRole('navigation', { name: 'Previous and next in Koreas' });
const related = (page: Page) => page.getByRole('complementary', { name: 'Related stories' });

type Links = { related: { id: string; headline: string }[] };

async function relatedHeadlines(page: Page, of: SampleArticle): Promise<string[]> {
  const response = await page.request.get(`/content/article-links/${of.id}.json`);
  const links = (await response.json()) as Links;
  return links.related.map((story) => story.headline);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered article holds previous, next and its related stories', async ({ page }) => {
    const headlines = await relatedHeadlines(page, article);
    expect(headlines.length).toBeGreaterThan(0);

    await page.goto(articlePath(article));

    await expect(
      neighbours(page).getByRole('link', { name: `Previous in Koreas ${older.headline}` }),
    ).toHaveAttribute('href', articlePath(older));
    await expect(
      neighbours(page).getByRole('link', { name: `Next in Koreas ${newer.headline}` }),
    ).toHaveAttribute('href', articlePath(newer));
    await expect(related(page).getByRole('heading', { level: 3 })).toHaveText(headlines);
    // Related stories never repeat "More from Koreas".
    const more = page
      .getByRole('complementary', { name: 'More from Koreas' })
      .getByRole('heading', { level: 3 });
    for (const headline of await more.allTextContents()) expect(headlines).not.toContain(headline);
  });
});

test('next and previous open the neighbouring articles inside the app', async ({ page }) => {
  await page.goto(articlePath(article));
  await waitForApp(page);
  // A full page load would lose this mark.
  await page.evaluate(() => {
    document.documentElement.dataset.noReload = 'yes';
  });
  const next = neighbours(page).getByRole('link', { name: /^Next in Koreas/ });
  await waitForHydrated(next);

  await next.click();
  await expect(page).toHaveURL(articlePath(newer));
  await expect(page.getByRole('heading', { level: 1, name: newer.headline })).toBeFocused();

  await neighbours(page)
    .getByRole('link', { name: /^Previous in Koreas/ })
    .click();
  await expect(page).toHaveURL(articlePath(article));
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-no-reload', 'yes');
});

test('the foot’s code is fetched only once the article is interactive; until then its links are plain links', async ({
  page,
}) => {
  let release: (() => void) | undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/ArticleFoot-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(articlePath(article));
  await waitForApp(page);

  // Interactive without the foot's code, and the foot is all there, from the prerendered HTML.
  const next = neighbours(page).getByRole('link', { name: /^Next in Koreas/ });
  await expect(next).toHaveAttribute('href', articlePath(newer));
  await expect(related(page).getByRole('heading', { level: 3 }).first()).toBeVisible();
  const timing = await page.evaluate(() => ({
    hydratedAt: Number(document.documentElement.dataset.hydrated),
    footRequestedAt: performance
      .getEntriesByType('resource')
      .find((entry) => /\/ArticleFoot-[\w-]+\.js$/.test(entry.name))?.startTime,
  }));
  // Held, so not yet in the resource timeline, or asked for after the page was live.
  if (timing.footRequestedAt !== undefined) {
    expect(timing.footRequestedAt).toBeGreaterThanOrEqual(timing.hydratedAt);
  }

  release?.();
  await waitForHydrated(next);
  await page.evaluate(() => {
    document.documentElement.dataset.noReload = 'yes';
  });
  await next.click();
  await expect(page.getByRole('heading', { level: 1, name: newer.headline })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-no-reload', 'yes');
});

test('the ends of a section link only the way that goes on', async ({ page }) => {
  await page.goto(articlePath(nth(koreas, 0)));
  await expect(neighbours(page).getByRole('link')).toHaveText([/^Previous in Koreas/]);

  await page.goto(articlePath(nth(koreas, koreas.length - 1)));
  await expect(neighbours(page).getByRole('link')).toHaveText([/^Next in Koreas/]);
});

test('the reading time is in the article’s dateline and on a section’s cards', async ({ page }) => {
  await page.goto(articlePath(article));
  await waitForApp(page);
  await expect(page.locator('article header')).toContainText(/\b\d+ mins? read\b/);

  await page.goto(sectionPath('koreas'));
  const lead = page.getByRole('article').filter({ hasText: nth(koreas, 0).headline });
  await expect(lead).toContainText(/\b\d+ mins? read\b/);
});

test.describe('a links document that cannot be read', () => {
  test.use({ allowConsoleErrors: [failedResourceLog] });

  for (const [fault, answer] of [
    ['missing', { status: 404, body: 'not found' }],
    ['broken', { contentType: 'application/json', body: '{"related": ' }],
  ] as const) {
    test(`a ${fault} links document leaves the article whole, without those blocks`, async ({ page }) => {
      await page.route(`**/content/article-links/${older.id}.json`, (route) => route.fulfill(answer));

      const asked = page.waitForRequest(`**/content/article-links/${older.id}.json`);
      await openFromSection(page, older);
      await asked;

      await expect(page.getByRole('heading', { level: 1, name: older.headline })).toBeVisible();
      // More from is in the links document too (earlier coverage, deriveArticleLinks).
      await expect(page.getByRole('complementary', { name: 'More from Koreas' })).toHaveCount(0);
      await expect(neighbours(page)).toHaveCount(0);
      await expect(related(page)).toHaveCount(0);
    });
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an article with previous, next and related stories has no axe violations (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(articlePath(article));
    await waitForApp(page);
    await expect(related(page)).toBeVisible();
    await related(page).scrollIntoViewIfNeeded();
    await waitForImages(page);
    await expectNoAxeViolations(page);
  });
}

test('at 320 px the foot does not scroll sideways and the dateline keeps one line a piece', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(articlePath(article));
  await waitForApp(page);
  await related(page).scrollIntoViewIfNeeded();

  expect(await hasHorizontalScroll(page)).toBe(false);
  const lines = page.locator('article header div p');
  for (const line of await lines.all()) {
    const height = await line.evaluate((element) => element.getBoundingClientRect().height);
    const lineHeight = await line.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect(height).toBeLessThanOrEqual(lineHeight + 1);
  }
});

for (const width of [320, 1280]) {
  test(`at ${String(width)} px and the largest text size a long byline gives way; the reading time stays whole`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.route(`**/content/articles/${older.id}.json`, async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as object;
      await route.fulfill({
        response,
        json: { ...json, byline: 'Correspondents of the Seoul bureau '.repeat(4) },
      });
    });
    await openFromSection(page, older);
    await page.evaluate(() => {
      document.documentElement.dataset.textSize = 'x-large';
    });

    const dateline = page.locator('article header div').filter({ has: page.getByText(/^By Correspondents/) });
    const byline = dateline.getByText(/^By Correspondents/);
    const readingTime = dateline.getByText(/^\d+ mins? read$/);
    await expect(readingTime).toBeVisible();
    expect(await byline.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await readingTime.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    const lineHeight = await byline.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    for (const line of await page.locator('article header div p').all()) {
      expect((await line.boundingBox())?.height ?? 0).toBeLessThan(lineHeight * 1.5);
    }
    expect(await hasHorizontalScroll(page)).toBe(false);
  });
}
