import { request as httpRequest } from 'node:http';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { articlePath, articles, site } from '../support/sampleContent';
import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from '../support/test';

/**
 * Performance budgets, held by byte counts (deterministic) of what the
 * production nginx really sends. Timings live in the benchmark (npm run bench).
 */
/** Issue 15 brought the entry from 109.5 KB to 103.3 KB as sent: this holds it there. */
const JS_BUDGET = 104_000;
/** The same files recompressed with plain `gzip -9` (106.8 KB now; issue 15's goal is 100 KB). */
const PLAIN_GZIP_BUDGET = 107_500;
const JS_GOAL = 100_000;
const CSS_BUDGET = 12_000;
const FONT_BUDGET = 70_000;
const SECTION_PAGE_BUDGET = 25_000;
/** About ten TCP segments: what a new connection delivers in its first round trip. */
const FIRST_ROUND_TRIP = 14_600;

/**
 * Code that only the reader's own actions or other pages should load, or that hydrates once the page is
 * interactive: the reader companion (with the offline worker's registration) too, and the offline page's script.
 */
const ON_DEMAND_CHUNKS =
  /\/(SavedRoute|SearchRoute|loadPagefind|ArticleFoot|ArticleCredits|ReadingProgress|TagList|ArticleCardList|HomeRoute|SectionRoute|PageRoute|clipboard|DisplaySettingsPanel|ContinueReading|LoadErrorRoute|NotFoundRoute|CopyFallbackField|contentFetchers|SiteFooter|ReaderCompanion|offline|FollowableHeading|useFollowedListings|newStories|topicQueries)-[\w-]+\.js$/;

type Transfer = { encoding: string | undefined; body: Buffer };

/** The bytes nginx sends for a path with `Accept-Encoding: gzip`, still compressed. */
function fetchGzip(baseURL: string, path: string): Promise<Transfer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      new URL(path, baseURL),
      { headers: { 'Accept-Encoding': 'gzip' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

async function gzipBytes(baseURL: string, paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const { encoding, body } = await fetchGzip(baseURL, path);
    expect(encoding, `${path} is sent compressed`).toBe('gzip');
    total += body.length;
  }
  return total;
}

/** The same files recompressed with plain `gzip -9`, the measure issue 15 sets its goal in. */
async function plainGzipBytes(baseURL: string, paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const { body } = await fetchGzip(baseURL, path);
    total += gzipSync(gunzipSync(body), { level: constants.Z_BEST_COMPRESSION }).length;
  }
  return total;
}

const photoArticle = articles.find((article) => article.image?.src.endsWith('.jpg'));
if (!photoArticle) throw new Error('the sample content needs an article with a photo hero');

/** Paths of the scripts the page requested up to the moment it became interactive (hydrated). */
async function scriptsBeforeInteractive(page: Page): Promise<string[]> {
  await waitForApp(page);
  return page.evaluate(() => {
    const hydratedAt = Number(document.documentElement.dataset.hydrated);
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= hydratedAt && new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => new URL(entry.name).pathname);
  });
}

test('an article runs at most 104 KB of gzip JavaScript (107.5 KB with plain gzip -9) before it is interactive, none of it on-demand code', async ({
  page,
  baseURL,
}, testInfo) => {
  await page.goto(articlePath(photoArticle));
  const scripts = await scriptsBeforeInteractive(page);

  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((script) => ON_DEMAND_CHUNKS.test(script))).toEqual([]);
  // Pagefind's script waits for the search page, or the header's search to be about to be used.
  expect(scripts.filter((script) => script.includes('/pagefind/'))).toEqual([]);
  const bytes = await gzipBytes(baseURL ?? '', scripts);
  const plainBytes = await plainGzipBytes(baseURL ?? '', scripts);
  testInfo.annotations.push({
    type: 'article JavaScript before interactive',
    description: `${String(bytes)} bytes gzip as sent, ${String(plainBytes)} with plain gzip -9, in ${String(scripts.length)} file(s); ${String(plainBytes - JS_GOAL)} over 100 KB`,
  });
  expect(bytes).toBeLessThanOrEqual(JS_BUDGET);
  expect(plainBytes).toBeLessThanOrEqual(PLAIN_GZIP_BUDGET);
});

test('the styles an article loads are at most 12 KB gzip', async ({ page, baseURL }) => {
  const styles: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') styles.push(new URL(request.url()).pathname);
  });
  await page.goto(articlePath(photoArticle));
  await waitForApp(page);

  expect(styles.length).toBeGreaterThan(0);
  expect(await gzipBytes(baseURL ?? '', styles)).toBeLessThanOrEqual(CSS_BUDGET);
});

test('every article loads at most 70 KB of fonts on a first visit, and preloads only the face its first screen needs', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  let largest = 0;
  // Each article in a browser context of its own, so no font comes from another's cache; four at a time.
  async function measure(article: (typeof articles)[number]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fonts: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'font')
        fonts.push(response.body().then((body) => body.length));
    });
    await page.goto(articlePath(article));
    await waitForApp(page);
    await page.evaluate(() => document.fonts.ready);
    const bytes = (await Promise.all(fonts)).reduce((sum, size) => sum + size, 0);
    const preloaded = await page
      .locator('link[rel=preload][as=font]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));

    expect(fonts.length, `${article.id} loads the web font`).toBeGreaterThan(0);
    expect(bytes, `${article.id}: font bytes`).toBeLessThanOrEqual(FONT_BUDGET);
    expect(preloaded, article.id).toHaveLength(1);
    expect(preloaded[0]).toMatch(/source-serif-4-latin-wght-normal-[\w-]+\.woff2$/);
    expect(await page.evaluate(() => document.fonts.check('700 1em "Source Serif 4 Variable"'))).toBe(true);
    largest = Math.max(largest, bytes);
    await context.close();
  }
  for (let start = 0; start < articles.length; start += 4) {
    await Promise.all(articles.slice(start, start + 4).map(measure));
  }
  testInfo.annotations.push({ type: 'largest article font load', description: `${String(largest)} bytes` });
});

test('on-demand code loads where it is used: copying a link, the display panel, the saved page', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(articlePath(photoArticle));
  await waitForApp(page);

  await page
    .getByRole('region', { name: 'Share this article (end)' })
    .getByRole('button', { name: 'Copy link' })
    .click();
  await expect(page.getByText('Link copied').first()).toBeVisible();
  expect(scripts.some((script) => script.includes('/clipboard-'))).toBe(true);

  await page.getByText('Display', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeVisible();
  expect(scripts.some((script) => script.includes('/DisplaySettingsPanel-'))).toBe(true);

  await page.getByRole('link', { name: 'Saved' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Saved');
  expect(scripts.some((script) => script.includes('/SavedRoute-'))).toBe(true);
});

for (const article of articles) {
  test(`the first ${String(FIRST_ROUND_TRIP)} gzip bytes of ${article.id} carry its headline, standfirst and hero`, async ({
    baseURL,
  }) => {
    const { encoding, body } = await fetchGzip(baseURL ?? '', articlePath(article));
    expect(encoding).toBe('gzip');
    // Inflate only what the first round trip delivers; the stream is cut mid-way on purpose.
    const firstWindow = gunzipSync(body.subarray(0, FIRST_ROUND_TRIP), {
      finishFlush: constants.Z_SYNC_FLUSH,
    }).toString('utf8');
    const document = parse(firstWindow);

    expect(document.querySelector('main h1')?.text).toBe(article.headline);
    if (article.standfirst)
      expect(document.querySelector('main article')?.text).toContain(article.standfirst);
    if (article.image) {
      const hero = document
        .querySelectorAll('main article figure img')
        .find((image) => image.getAttribute('src')?.endsWith(article.image?.src ?? ''));
      expect(hero, 'hero <img>').toBeDefined();
      // The tag itself must be whole: the parser would also accept one the window cut short.
      expect(firstWindow).toMatch(
        new RegExp(`<img [^>]*src="[^"]*${article.image.src.replace(/[.]/g, '\\.')}"[^>]*>`),
      );
    }
  });
}

test('every section page of JSON is at most 25 KB gzip', async ({ request, baseURL }) => {
  const paths: string[] = [];
  for (const section of site.sections) {
    const first = (await (await request.get(`/content/sections/${section.id}/page-1.json`)).json()) as {
      totalPages: number;
    };
    for (let number = 1; number <= first.totalPages; number += 1) {
      paths.push(`/content/sections/${section.id}/page-${String(number)}.json`);
    }
  }
  expect(paths.length).toBeGreaterThan(site.sections.length);
  for (const path of paths) {
    const { encoding, body } = await fetchGzip(baseURL ?? '', path);
    expect(encoding, path).toBe('gzip');
    expect(body.length, path).toBeLessThanOrEqual(SECTION_PAGE_BUDGET);
  }
});
