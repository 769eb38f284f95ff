import { parse } from 'node-html-parser';
import { articlePath, listing, nth, site, sitePage, sitePages } from '../support/sampleContent';
import { sitemapLocations } from '../support/sitemaps';

import { expect, failedResourceLog, test, waitForApp, waitForHydrated } from '../support/test';

const about = sitePage('about');
const privacy = sitePage('privacy');

test('a reader opens About from the footer of the front page', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const link = page
    .getByRole('contentinfo')
    .getByRole('navigation', { name: 'About this site' })
    .getByRole('link', { name: about.title });
  // The footer is a deferred region: until its code arrives, the link is plain HTML and loads the page afresh.
  await waitForHydrated(link);
  await link.click();

  await expect(page).toHaveURL('/about');
  await expect(page.getByRole('heading', { level: 1, name: about.title })).toBeFocused();
  await expect(page).toHaveTitle(`${about.title} | ${site.name}`);
  await expect(page.getByRole('main').getByRole('region', { name: /Share/ })).toHaveCount(0);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${site.url}/about`);
});

test('the footer lists every page of the site’s own, from the content', async ({ page }) => {
  await page.goto(articlePath(nth(listing('koreas'), 0)));
  const pages = page.getByRole('contentinfo').getByRole('navigation', { name: 'About this site' });
  await expect(pages.getByRole('link')).toHaveText(sitePages.map((sitePage) => sitePage.title));
});

test('a page reloads from nginx as prerendered HTML with its title, description and content', async ({
  page,
  request,
}) => {
  const response = await request.get('/privacy');
  expect(response.status()).toBe(200);
  const document = parse(await response.text());
  expect(document.querySelector('title')?.textContent).toBe(`${privacy.title} | ${site.name}`);
  expect(document.querySelector('main h1')?.textContent).toBe(privacy.title);
  expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
    privacy.description,
  );
  expect(document.querySelector('main time')?.getAttribute('datetime')).toBe(privacy.updatedAt);

  await page.goto('/privacy');
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: privacy.title })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('local storage');
});

test('the sitemap lists the site’s own pages, and no feed does', async ({ request }) => {
  const locations = await sitemapLocations(request, site.url);
  for (const { id } of sitePages) expect(locations).toContain(`${site.url}/${id}`);
  const feed = await (await request.get('/feeds/all.xml')).text();
  for (const { id } of sitePages) expect(feed).not.toContain(`${site.url}/${id}<`);
});

test('every feed link in the footer answers with an RSS feed', async ({ page, request }) => {
  await page.goto('/');
  const links = page.getByRole('contentinfo').getByRole('navigation', { name: 'Feeds' }).getByRole('link');
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((anchor) => anchor.getAttribute('href') ?? ''),
  );
  expect(hrefs).toEqual([
    '/feeds/all.xml',
    ...site.sections.filter((section) => !section.parent).map((section) => `/feeds/${section.id}.xml`),
  ]);
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toBe('application/rss+xml; charset=utf-8');
    expect(await response.text(), href).toContain('<rss version="2.0"');
  }
});

test('the footer’s mirror links lead to the same page on each mirror, and /saved to its front page', async ({
  page,
}) => {
  const mirrors = site.mirrors ?? [];
  expect(mirrors.length).toBeGreaterThan(0);
  const article = nth(listing('koreas'), 1);
  for (const [path, onMirror] of [
    [articlePath(article), articlePath(article)],
    ['/about', '/about'],
    ['/saved', '/'],
  ] as const) {
    await page.goto(path);
    await waitForApp(page);
    const links = page.getByRole('contentinfo').getByRole('navigation', { name: 'Other addresses' });
    for (const mirror of mirrors) {
      await expect(links.getByRole('link', { name: new URL(mirror).host })).toHaveAttribute(
        'href',
        new URL(onMirror, mirror).toString(),
      );
    }
  }
});

test.describe('unknown addresses', () => {
  test.use({ allowConsoleErrors: [failedResourceLog] });

  test('an address that is no page of the site is still a 404 with the not-found page', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    // Nothing answers there on a mirror either: its links lead to the mirrors' front pages.
    const mirror = site.mirrors?.[0] ?? '';
    await expect(
      page.getByRole('contentinfo').getByRole('link', { name: new URL(mirror).host }),
    ).toHaveAttribute('href', new URL('/', mirror).toString());
  });
});
