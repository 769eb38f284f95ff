import type { Page } from '@playwright/test';
import { articlePath, articles, site } from '../support/sampleContent';
import {
  expect,
  expectNoAxeViolations,
  failedResourceLog,
  test,
  waitForApp,
  waitForCompanion,
} from '../support/test';

/**
 * Search against the real Pagefind index the build writes, on the
 * production nginx: the address carries the query, results open inside the
 * app, and every state (empty, no results, failed index) says what to do.
 */

// Published more than twelve months before the newest sample article: only the archive has it.
const ifugao = articles.find((article) => article.id === 'ifugao-rice-terraces');
const seoul1988 = articles.find((article) => article.id === 'seoul-1988-olympics');
if (!ifugao || !seoul1988) throw new Error('the sample content lacks the articles these tests search for');

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search articles' });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' }).getByRole('article');
const countLine = (page: Page) => page.getByText(/^\d+ results? for “/);

async function openSearch(page: Page, address = '/search') {
  await page.goto(address);
  await waitForApp(page);
}

test('typed query → marked results → the article opens in the app → Back returns to the same results', async ({
  page,
}) => {
  await openSearch(page);
  await searchBox(page).pressSequentially('olympics');

  await expect(page).toHaveURL(/\/search\?q=olympics$/);
  const first = results(page).first();
  // Pagefind matches the word's stem too ("Olympic").
  await expect(first.locator('mark').first()).toHaveText(/olympic/i);
  const summary = await countLine(page).textContent();
  // A full page load would lose this mark.
  await page.evaluate(() => {
    document.documentElement.dataset.sameDocument = 'yes';
  });

  const link = results(page).getByRole('link', { name: seoul1988.headline });
  await link.click();
  await expect(page).toHaveURL(articlePath(seoul1988));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seoul1988.headline);
  expect(await page.evaluate(() => document.documentElement.dataset.sameDocument)).toBe('yes');

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=olympics$/);
  await expect(searchBox(page)).toHaveValue('olympics');
  await expect(countLine(page)).toHaveText(summary ?? '');
  await expect(results(page).getByRole('link', { name: seoul1988.headline })).toBeVisible();
});

test('Back from a result further down returns to the same place in the same, longer list', async ({
  page,
}) => {
  await openSearch(page, '/search?q=seoul');
  await page.getByRole('button', { name: 'More results' }).click();
  await expect(results(page).nth(10)).toBeVisible();
  const result = results(page).nth(11).getByRole('link');
  await result.scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(500);

  await result.click();
  await expect(page).not.toHaveURL(/\/search/);
  await page.goBack();

  await expect.poll(() => results(page).count()).toBeGreaterThan(10);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
});

test('a shared address with a section reloads to the same results', async ({ page }) => {
  await openSearch(page, '/search?q=seoul&section=koreas');

  await expect(page.getByRole('combobox', { name: 'Section' })).toHaveValue('koreas');
  await expect(countLine(page)).toContainText('in Koreas');
  const headlines = await results(page).getByRole('heading').allTextContents();
  expect(headlines.length).toBeGreaterThan(0);
  const koreasHeadlines = new Set(
    articles.filter((article) => article.section === 'koreas').map((article) => article.headline),
  );
  expect(headlines.filter((headline) => !koreasHeadlines.has(headline))).toEqual([]);

  await page.reload();
  await waitForApp(page);
  await expect(searchBox(page)).toHaveValue('seoul');
  await expect(results(page).getByRole('heading')).toHaveText(headlines);
});

test('/ from an article goes to search with the cursor in the field; the header link does too', async ({
  page,
}) => {
  await page.goto(articlePath(seoul1988));
  await waitForCompanion(page);
  await page.keyboard.press('/');

  await expect(page).toHaveURL(/\/search$/);
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');

  await page.goto(articlePath(seoul1988));
  await waitForApp(page);
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(searchBox(page)).toBeFocused();
});

test('the section filter and the order change the results and the address', async ({ page }) => {
  await openSearch(page, '/search?q=seoul');
  await expect(countLine(page)).toBeVisible();
  const everywhere = Number((await countLine(page).textContent())?.split(' ')[0]);

  await page.getByRole('combobox', { name: 'Section' }).selectOption('science');
  await expect(page).toHaveURL(/\/search\?q=seoul&section=science$/);
  await expect(page.getByText(/No articles match/)).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=seoul$/);
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('newest');
  await expect(page).toHaveURL(/\/search\?q=seoul&sort=newest$/);
  await expect(countLine(page)).toHaveText(new RegExp(`^${String(everywhere)} results`));
  const times = await results(page)
    .locator('time')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime') ?? ''));
  expect(times.length).toBeGreaterThan(1);
  expect(times).toEqual([...times].sort().reverse());
});

test('“Search the whole archive” finds an article the recent index does not', async ({ page }) => {
  // Quoted: Pagefind matches the exact word, not the words it merely starts like.
  await openSearch(page, '/search?q=%22ifugao%22');
  await expect(page.getByText(/No articles match/)).toBeVisible();

  await page.getByRole('button', { name: 'Search the whole archive' }).click();

  await expect(page).toHaveURL(/\/search\?q=%22ifugao%22&scope=all$/);
  await expect(results(page).getByRole('link', { name: ifugao.headline })).toBeVisible();
  await expect(countLine(page)).toContainText('in the whole archive');
});

test('a query with no results says so and offers to widen the search', async ({ page }) => {
  await openSearch(page, '/search?q=seoul&section=science');

  await expect(page.getByText(/No articles match/)).toBeVisible();
  await page.getByRole('button', { name: 'Search all sections' }).click();

  await expect(page).toHaveURL(/\/search\?q=seoul$/);
  await expect(results(page).first()).toBeVisible();
});

test.describe('when the index cannot be loaded', () => {
  test.use({ allowConsoleErrors: [failedResourceLog] });

  test('the page says so, and Try again searches once it can', async ({ page }) => {
    await page.route('**/pagefind/recent/pagefind.js*', (route) => route.abort());
    await openSearch(page, '/search?q=seoul');

    await expect(page.getByText('Search could not load.')).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Search could not load.');
    await page.unroute('**/pagefind/recent/pagefind.js*');
    await page.getByRole('button', { name: 'Try again' }).click();

    await expect(results(page).first()).toBeVisible();
  });
});

test('keyboard only: / , type, Tab to a result, Enter opens it; Space on More results moves on to the new ones', async ({
  page,
}) => {
  await page.goto(articlePath(seoul1988));
  await waitForCompanion(page);
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('seoul');
  await expect(results(page)).toHaveCount(10);

  const more = page.getByRole('button', { name: 'More results' });
  for (let presses = 0; presses < 20; presses += 1) {
    await page.keyboard.press('Tab');
    if (await more.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(more).toBeFocused();
  await page.keyboard.press('Space');
  await expect(results(page).nth(10).getByRole('link')).toBeFocused();
  const headline = (await results(page).nth(10).getByRole('heading').textContent()) ?? '';

  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on /search empty, with results and with none (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openSearch(page);
    await expect(page.getByText(/Type a word or two/)).toBeVisible();
    await expectNoAxeViolations(page);

    await searchBox(page).fill('seoul');
    await expect(results(page).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await searchBox(page).fill('zzxqj');
    await expect(page.getByText(/No articles match/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('no sideways scroll on a 320 px screen, with results', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openSearch(page, '/search?q=seoul&section=koreas&sort=newest');
  await expect(results(page).first()).toBeVisible();

  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says it needs JavaScript and offers the sections and feeds', async ({ page }) => {
    await page.goto('/search?q=seoul');

    await expect(
      page.getByText('Search runs in your browser and needs JavaScript.', { exact: false }),
    ).toBeVisible();
    const main = page.getByRole('main');
    for (const section of site.sections.filter((candidate) => candidate.parent === undefined)) {
      await expect(main.getByRole('link', { name: section.title, exact: true })).toBeVisible();
    }
    await expect(main.getByRole('link', { name: 'Every article (RSS)' })).toHaveAttribute(
      'href',
      '/feeds/all.xml',
    );
  });
});
