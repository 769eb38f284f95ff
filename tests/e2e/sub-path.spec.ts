import { XMLParser } from 'fast-xml-parser';
import { articlePath, listing, nth, site, sitePage } from '../support/sampleContent';
import {
  articleSaveButton,
  expect,
  expectNoAxeViolations,
  failedResourceLog,
  test as base,
  waitForApp,
} from '../support/test';
import { cachedPaths, waitForWorker } from '../support/offlineWorker';
import { shareCardOf } from '../support/shareCards';
import { sitemapLocations } from '../support/sitemaps';

import { SUB_PATH_SITE_URL } from '../support/variants.mjs';

// The sample site built with the address https://example.github.io/broadsheet/
// and served by nginx under /broadsheet/ only: nothing answers at /. Paths
// here are relative, so they resolve below the prefix.
const BASE = new URL(SUB_PATH_SITE_URL).pathname;
const koreas = listing('koreas');
const about = sitePage('about');
const below = (sitePath: string) => sitePath.replace(/^\//, '');

// Every request a page makes stays below the prefix: a single asset, chunk,
// content file or link that escaped it would be a 404 on a real host.
const test = base.extend<{ requestsOutsidePrefix: string[] }>({
  requestsOutsidePrefix: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? '').origin;
      const outside: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
      });
      await use(outside);
      expect(outside, 'requests outside the prefix').toEqual([]);
    },
    { auto: true },
  ],
});

test('a reader goes from the front page to a section, its second page and an article, and saves it', async ({
  page,
}) => {
  await page.goto('');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible();
  // Koreas is on the second row, which the front page does not have: News first.
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'News', exact: true }).click();
  await sections.getByRole('link', { name: 'Koreas' }).click();
  await expect(page).toHaveURL(`${BASE}news/koreas`);
  await expect(page.getByRole('heading', { level: 1, name: 'Koreas' })).toBeFocused();
  await page.getByRole('link', { name: 'Older →' }).click();
  await expect(page).toHaveURL(`${BASE}news/koreas/page/2`);
  const older = nth(koreas, 21);
  await page.getByRole('link', { name: older.headline }).click();
  await expect(page).toHaveURL(`${BASE}${below(articlePath(older))}`);
  await expect(page.getByRole('heading', { level: 1, name: older.headline })).toBeVisible();

  await articleSaveButton(page).click();
  await page.getByRole('link', { name: /^Saved/ }).click();
  await expect(page).toHaveURL(`${BASE}saved`);
  const saved = page
    .getByRole('list', { name: 'Saved articles' })
    .getByRole('link', { name: older.headline });
  await expect(saved).toHaveAttribute('href', `${BASE}${below(articlePath(older))}`);

  // The masthead leads to the prefix itself, the folder the server answers.
  await expect(page.getByRole('banner').getByRole('link').first()).toHaveAttribute('href', BASE);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: older.headline })).toBeVisible();
});

test('a deep address reloads into the same page, hydrated from its HTML with no content request', async ({
  page,
}) => {
  const article = nth(koreas, 0);
  const contentRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/content/') && !request.url().includes('/content/images/')) {
      contentRequests.push(request.url());
    }
  });
  await page.goto(below(articlePath(article)));
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).first().waitFor();
  expect(contentRequests).toEqual([]);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${SUB_PATH_SITE_URL}${below(articlePath(article))}`,
  );
  await expectNoAxeViolations(page);

  // Moving on fetches the next page's data from below the prefix.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Science' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Science' })).toBeVisible();
  expect(contentRequests.length).toBeGreaterThan(0);
  for (const url of contentRequests) expect(new URL(url).pathname).toMatch(/^\/broadsheet\/content\//);
});

test('a page of the site’s own opens from the footer below the prefix, and reloads there', async ({
  page,
  request,
}) => {
  await page.goto('');
  await waitForApp(page);
  const pages = page.getByRole('contentinfo').getByRole('navigation', { name: 'About this site' });
  await pages.getByRole('link', { name: about.title }).click();
  await expect(page).toHaveURL(`${BASE}about`);
  await expect(page.getByRole('heading', { level: 1, name: about.title })).toBeFocused();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SUB_PATH_SITE_URL}about`);

  const response = await request.get('about');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain(`<title>${about.title} | ${site.name}</title>`);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: about.title })).toBeVisible();
  const feeds = page.getByRole('contentinfo').getByRole('navigation', { name: 'Feeds' });
  await expect(feeds.getByRole('link').first()).toHaveAttribute('href', `${BASE}feeds/all.xml`);
});

test.describe('unknown addresses', () => {
  test.use({ allowConsoleErrors: [failedResourceLog] });

  test('below the prefix get the not-found page with status 404 and a way back to the front page', async ({
    page,
  }) => {
    const response = await page.goto('news/koreas/no-such-article');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: /front page/i }).click();
    await expect(page).toHaveURL(BASE);
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible();
  });
});

test('nothing is served outside the prefix, and the prefix without its slash leads to it', async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  for (const outside of ['/', '/news/koreas', '/content/site.json', '/feeds/all.xml']) {
    expect((await request.get(`${origin}${outside}`)).status(), outside).toBe(404);
  }
  const bare = await request.get(`${origin}/broadsheet`, { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers().location).toMatch(/\/broadsheet\/$/);
});

test('a section’s /page/1 and ?page=1 move to the section’s address below the prefix', async ({
  request,
}) => {
  for (const first of ['news/koreas/page/1', 'news/koreas/page/1/', 'news/koreas?page=1']) {
    const response = await request.get(first, { maxRedirects: 0 });
    expect(response.status(), first).toBe(301);
    expect(new URL(response.headers().location ?? '', 'http://x').pathname, first).toBe(`${BASE}news/koreas`);
  }
});

test('feeds, the sitemap and robots.txt give addresses below the site URL', async ({ request }) => {
  const parser = new XMLParser();
  const feed = parser.parse(await (await request.get('feeds/all.xml')).text()) as {
    rss: { channel: { link: string; item: { link: string }[] } };
  };
  expect(feed.rss.channel.link).toBe(SUB_PATH_SITE_URL);
  for (const item of feed.rss.channel.item) expect(item.link.startsWith(SUB_PATH_SITE_URL)).toBe(true);
  const locations = await sitemapLocations(request, SUB_PATH_SITE_URL);
  expect(locations.length).toBeGreaterThan(10);
  for (const loc of locations) expect(loc.startsWith(SUB_PATH_SITE_URL)).toBe(true);
  expect(await (await request.get('robots.txt')).text()).toContain(
    `Sitemap: ${SUB_PATH_SITE_URL}sitemap.xml`,
  );
});

test('link previews offer share cards below the site URL, which the server sends there', async ({
  request,
}) => {
  const article = nth(koreas, 0);
  for (const [pagePath, card] of [
    ['', 'share-cards/card.jpg'],
    ['news/koreas', 'share-cards/news/koreas/card.jpg'],
    [below(articlePath(article)), `share-cards/${below(articlePath(article))}/card.jpg`],
  ] as const) {
    const { declared, served } = await shareCardOf(request, pagePath);
    expect(declared.url, pagePath).toBe(`${SUB_PATH_SITE_URL}${card}`);
    expect(served, pagePath).toMatchObject({ status: 200, format: 'jpeg', width: 1200, height: 630 });
  }
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader goes from the front page to a section and an article, and back to the front page', async ({
    page,
  }) => {
    await page.goto('');
    // Koreas is on the second row, which the front page does not have: News first.
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await sections.getByRole('link', { name: 'News', exact: true }).click();
    await sections.getByRole('link', { name: 'Koreas' }).click();
    await expect(page).toHaveURL(`${BASE}news/koreas`);
    const article = nth(koreas, 2);
    await page.getByRole('link', { name: article.headline }).click();
    await expect(page).toHaveURL(`${BASE}${below(articlePath(article))}`);
    await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
    await page.getByRole('banner').getByRole('link').first().click();
    await expect(page).toHaveURL(BASE);
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible();
  });
});

test('search works below the prefix: Pagefind, the archive and the results’ links all stay under it', async ({
  page,
}) => {
  await page.goto('search?q=seoul');
  await waitForApp(page);
  const result = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
  await expect(result).toHaveAttribute('href', new RegExp(`^${BASE}news/`));

  await page.getByRole('button', { name: 'Search the whole archive' }).click();
  await expect(page).toHaveURL(/search\?q=seoul&scope=all$/);
  await expect(page.getByText(/results? for “seoul” in the whole archive/)).toBeVisible();

  const headline = (await result.textContent()) ?? '';
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
  expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
});

test('a saved article is stored for offline reading at its addresses below the prefix', async ({ page }) => {
  const article = koreas.find((candidate) => candidate.image?.src.endsWith('.jpg'));
  if (!article) throw new Error('the sample section has no article with a photo');
  await page.goto(below(articlePath(article)));
  await waitForApp(page);
  await page.locator('html[data-companion]').waitFor({ state: 'attached' });
  await articleSaveButton(page).click();

  const stored = () =>
    page.evaluate(async () => {
      const cache = await caches.open('broadsheet-saved');
      return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
    });
  await expect.poll(stored).toHaveLength(5);
  expect(await stored()).toEqual(
    expect.arrayContaining([
      `${BASE}${below(articlePath(article))}`,
      `${BASE}content/articles/${article.id}.json`,
      `${BASE}content/article-links/${article.id}.json`,
      `${BASE}saved`,
    ]),
  );
  const hero = await page
    .getByRole('main')
    .locator('figure img')
    .first()
    .evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
  expect(hero.startsWith(`${BASE}content/images/variants/`)).toBe(true);
  expect(await stored()).toContain(hero);
  // The page stored is the article's own, as nginx sends it at that address.
  const storedPage = await page.evaluate(
    async (path) => {
      const response = await (await caches.open('broadsheet-saved')).match(path);
      return { status: response?.status, text: await response?.text() };
    },
    `${BASE}${below(articlePath(article))}`,
  );
  expect(storedPage.status).toBe(200);
  expect(storedPage.text).toContain(article.headline);
});

test.describe('the offline worker', () => {
  test.use({ serviceWorkers: 'allow', allowConsoleErrors: [failedResourceLog] });

  test('is scoped to the prefix, precaches below it, and offline answers with the offline page there', async ({
    page,
    context,
    baseURL,
  }) => {
    const article = nth(koreas, 0);
    await page.goto(below(articlePath(article)));
    await waitForApp(page);
    await articleSaveButton(page).click();
    await waitForWorker(page);
    const registration = await page.evaluate(async () => {
      const ready = await navigator.serviceWorker.ready;
      return { scope: ready.scope, script: ready.active?.scriptURL };
    });
    expect(registration).toEqual({
      scope: new URL(BASE, baseURL).href,
      script: new URL(`${BASE}serviceWorker.js`, baseURL).href,
    });
    const precached = Object.entries(await cachedPaths(page))
      .filter(([name]) => name.startsWith('workbox-precache'))
      .flatMap(([, paths]) => paths);
    expect(precached.length).toBeGreaterThan(5);
    expect(precached.filter((path) => !path.startsWith(BASE))).toEqual([]);

    await context.setOffline(true);
    await page.goto('news/no-such-story');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.getByRole('link', { name: article.headline })).toHaveAttribute(
      'href',
      `${BASE}${below(articlePath(article))}`,
    );
  });
});
