import { XMLParser } from 'fast-xml-parser';
import { articlePath, listing, nth, site } from '../support/sampleContent';
import { sitemapLocations } from '../support/sitemaps';

import { expect, test, waitForApp } from '../support/test';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'item'].includes(name) });

test('every page links the site feed from its head, and sections and articles their section feed', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    '/feeds/all.xml',
  );
  await page.goto(articlePath(nth(listing('koreas'), 0)));
  const feeds = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(feeds).toHaveCount(2);
  await expect(feeds.nth(1)).toHaveAttribute('href', '/feeds/koreas.xml');
});

test('the built site serves its feeds, sitemap and robots.txt', async ({ request }) => {
  const feed = await request.get('/feeds/koreas.xml');
  expect(feed.ok()).toBe(true);
  const { rss } = parser.parse(await feed.text()) as { rss: { channel: { item: { link: string }[] } } };
  expect(rss.channel.item[0]?.link).toBe(
    new URL(articlePath(nth(listing('koreas'), 0)), site.url).toString(),
  );

  expect((await sitemapLocations(request, site.url)).length).toBeGreaterThan(40);

  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toContain(`Sitemap: ${site.url}/sitemap.xml`);
});

test('after an in-app navigation the head describes the new page', async ({ page }) => {
  const article = nth(listing('koreas'), 3);
  await page.goto('/news/koreas');
  await waitForApp(page);
  await page.getByRole('link', { name: article.headline }).click();
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
  const url = new URL(articlePath(article), site.url).toString();
  await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', url);
  await expect(page.locator('head meta[property="og:url"]')).toHaveAttribute('content', url);
  await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', article.headline);
  await expect(page.locator('head meta[property="og:title"]')).toHaveCount(1);
});
