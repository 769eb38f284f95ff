import { readWithFeedparser } from '../support/feedparser';
import { hasHorizontalScroll } from '../support/reflow';
import { articlePath, articles, listingPage, site } from '../support/sampleContent';
import {
  expect,
  expectNoAxeViolations,
  failedResourceLog,
  test,
  waitForApp,
  waitForImages,
} from '../support/test';

test.use({ allowConsoleErrors: [failedResourceLog] });

/**
 * Topic and author pages as a reader reaches them: from an article's tags and
 * its byline. The sample's Korea topic (every Koreas article) runs to two pages.
 */
type Described = {
  id: string;
  title?: string;
  name?: string;
  role?: string;
  bio?: string;
  description?: string;
};
const sample = site as typeof site & { topics: Described[]; authors: Described[] };
const korea = sample.topics.find((topic) => topic.id === 'korea');
const koreaArticles = articles.filter((article) => article.section === 'koreas');
const dmz = articles.find((article) => article.id === 'korean-dmz-armistice');
const rowan = sample.authors.find((author) => author.id === 'rowan-petrie');
if (!korea || !dmz || !rowan)
  throw new Error('the sample content lacks the Korea topic, the DMZ article or Rowan Petrie');
const byRowan = articles.filter((article) =>
  (article as { authors?: string[] }).authors?.includes('rowan-petrie'),
);

/** The listing's cards: one h2 or h3 headline link each. */
const cardHeadlines = (page: import('@playwright/test').Page) =>
  page.getByRole('main').locator('article h2, article h3');

test('a tag on an article leads to its topic page, whose Older link leads to page 2', async ({ page }) => {
  expect(koreaArticles.length).toBeGreaterThan(20);
  await page.goto(articlePath(dmz));
  await waitForApp(page);

  const tag = page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Korea', exact: true });
  // A target at least 24 px high, as WCAG 2.2 asks of small targets.
  expect((await tag.boundingBox())?.height).toBeGreaterThanOrEqual(24);
  await tag.click();

  await expect(page).toHaveURL('/topics/korea');
  await expect(page.getByRole('heading', { level: 1, name: korea.title })).toBeVisible();
  await expect(page).toHaveTitle(`${korea.title ?? ''} | ${site.name}`);
  await expect(page.getByText(korea.description ?? '', { exact: true })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site.url}/topics/korea`);
  await expect(cardHeadlines(page)).toHaveCount(20);

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Older →' }).click();
  await expect(page).toHaveURL('/topics/korea/page/2');
  await expect(page.getByRole('heading', { level: 1, name: `${korea.title ?? ''}, page 2` })).toBeVisible();
  await expect(cardHeadlines(page)).toHaveCount(listingPage(koreaArticles, 2).length);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2');
});

test('a topic’s second page works as a first visit too, and /page/1 is the topic’s own address', async ({
  page,
}) => {
  await page.goto('/topics/korea/page/2');
  await expect(cardHeadlines(page)).toHaveCount(listingPage(koreaArticles, 2).length);
  await page.goto('/topics/korea/page/1');
  await waitForApp(page);
  await expect(page).toHaveURL('/topics/korea');
});

test('the byline leads to the author’s page with their role, bio and articles', async ({ page }) => {
  await page.goto(articlePath(dmz));
  await waitForApp(page);

  await page.getByRole('article').getByRole('link', { name: rowan.name }).first().click();

  await expect(page).toHaveURL('/authors/rowan-petrie');
  await expect(page.getByRole('heading', { level: 1, name: rowan.name })).toBeVisible();
  await expect(page).toHaveTitle(`${rowan.name ?? ''} | ${site.name}`);
  await expect(page.getByText(rowan.role ?? '', { exact: true })).toBeVisible();
  await expect(page.getByText(rowan.bio ?? '', { exact: true })).toBeVisible();
  await expect(cardHeadlines(page)).toHaveCount(byRowan.length);
  await expect(page.getByRole('link', { name: dmz.headline })).toBeVisible();
});

test('the article’s JSON-LD names its author as a Person with their page', async ({ page }) => {
  await page.goto(articlePath(dmz));
  const graph = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}',
  ) as { '@graph': { author?: unknown }[] };

  expect(graph['@graph'][0]?.author).toEqual([
    { '@type': 'Person', name: rowan.name, url: `${site.url}/authors/rowan-petrie` },
  ]);
});

for (const [what, known, unknown] of [
  ['an unknown topic', '/topics/korea', '/topics/no-such-topic'],
  ['an unknown author', '/authors/rowan-petrie', '/authors/no-such-author'],
  ['a topic page beyond the last', '/topics/korea/page/2', '/topics/korea/page/9'],
] as const) {
  test(`${what} shows the not-found page, where a known one is found`, async ({ page }) => {
    expect((await page.goto(known))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeHidden();

    expect((await page.goto(unknown))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });
}

test('an unknown topic reached inside the app shows the not-found page', async ({ page }) => {
  await page.goto('/topics/korea');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: korea.title })).toBeVisible();
  await page.evaluate(() => {
    window.history.pushState(null, '', '/topics/no-such-topic');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });

  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('the topic and author pages name their feeds, which feedparser reads with their articles', async ({
  page,
  baseURL,
}) => {
  const feeds = [];
  for (const path of ['/topics/korea', '/authors/rowan-petrie']) {
    await page.goto(path);
    const href = await page
      .locator('head link[rel="alternate"][type="application/rss+xml"]:not([href$="/all.xml"])')
      .getAttribute('href');
    await expect(page.getByRole('main').getByRole('link', { name: /^RSS feed of / })).toHaveAttribute(
      'href',
      href ?? '',
    );
    feeds.push(new URL(href ?? '', baseURL).toString());
  }
  expect(feeds.map((feed) => new URL(feed).pathname)).toEqual([
    '/feeds/topics/korea.xml',
    '/feeds/authors/rowan-petrie.xml',
  ]);

  const results = await readWithFeedparser(feeds);

  expect(results).toEqual([
    { url: feeds[0], status: 200, bozo: '', entries: 20 },
    { url: feeds[1], status: 200, bozo: '', entries: byRowan.length },
  ]);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const [path, heading] of [
    ['/topics/korea', korea.title],
    ['/authors/rowan-petrie', rowan.name],
  ] as const) {
    test(`${path} has no axe violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await waitForImages(page);
      await expectNoAxeViolations(page);
    });
  }
}

test('topic and author pages and an article’s tags do not scroll sideways at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [path, heading] of [
    ['/topics/korea', korea.title],
    ['/topics/korea/page/2', `${korea.title ?? ''}, page 2`],
    ['/authors/rowan-petrie', rowan.name],
  ] as const) {
    await page.goto(path);
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(await hasHorizontalScroll(page), path).toBe(false);
  }
  await page.goto(articlePath(dmz));
  await page.getByRole('list', { name: 'Topics' }).getByRole('link').first().waitFor();
  expect(await hasHorizontalScroll(page)).toBe(false);
});
