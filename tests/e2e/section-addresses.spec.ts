import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ports } from '../support/variants.mjs';
import { articlePath, listing, nth, sectionPath, site } from '../support/sampleContent';
import { sitemapLocations } from '../support/sitemaps';

import { expect, failedResourceLog, test, waitForApp } from '../support/test';

/**
 * A section's first page has one address, the section's own: `/page/1` and
 * `?page=1` lead there, through a permanent redirect from nginx, and through
 * a replace in the app where a host serves the app without that redirect.
 */
const koreas = sectionPath('koreas');
const dist = path.resolve(import.meta.dirname, '../../dist');
// dist/ again, from nginx without the production configuration: no redirects.
const plainHost = `http://127.0.0.1:${String(ports.headerless)}`;

test('nginx moves every section’s /page/1 and ?page=1 to the section’s address for good', async ({
  request,
}) => {
  for (const section of site.sections) {
    const address = sectionPath(section.id);
    for (const first of [
      `${address}/page/1`,
      `${address}/page/1/`,
      `${address}?page=1`,
      `${address}/?page=1`,
    ]) {
      const response = await request.get(first, { maxRedirects: 0 });
      expect(response.status(), first).toBe(301);
      expect(new URL(response.headers().location ?? '', 'http://x').pathname, first).toBe(address);
      expect(new URL(response.headers().location ?? '', 'http://x').search, first).toBe('');
    }
  }
  // Later pages keep their own addresses.
  expect((await request.get(`${koreas}/page/2`, { maxRedirects: 0 })).status()).toBe(200);
  expect((await request.get(`${koreas}/page/10`, { maxRedirects: 0 })).status()).toBe(404);
});

test('the build writes no /page/1 file and lists none in the sitemap', async ({ request }) => {
  expect(() => readFileSync(path.join(dist, koreas, 'page/1/index.html'))).toThrow();
  const locations = await sitemapLocations(request, site.url);
  expect(locations).toContain(`${site.url}${koreas}/page/2`);
  expect(locations.filter((loc) => loc.endsWith('/page/1'))).toEqual([]);
});

test('after the redirect, Back goes to the page before', async ({ page }) => {
  await page.goto('/');
  await page.goto(`${koreas}/page/1`);
  await expect(page).toHaveURL(koreas);
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test.describe('on a host without the redirect', () => {
  // That host answers /page/1 with the not-found page, which the app then replaces.
  test.use({ allowConsoleErrors: [failedResourceLog] });

  for (const first of [`${koreas}/page/1`, `${koreas}?page=1`]) {
    test(`the app replaces ${first} with the section’s address, adding no history entry`, async ({
      page,
    }) => {
      await page.goto(`${plainHost}/`);
      await waitForApp(page);
      await page.goto(`${plainHost}${first}`);
      await waitForApp(page);

      await expect(page).toHaveURL(`${plainHost}${koreas}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Koreas');
      await page.goBack();
      await expect(page).toHaveURL(`${plainHost}/`);
    });
  }

  // Both are answered with the not-found page there too, which must hydrate before the address changes.
  const moved = nth(listing('koreas'), 0);
  for (const [first, address, heading] of [
    ['/topics/korea/page/1', '/topics/korea', /korea/i],
    [`${sectionPath('europe')}/${moved.id}`, articlePath(moved), moved.headline],
  ] as const) {
    test(`the app replaces ${first} with ${address}, adding no history entry`, async ({ page }) => {
      await page.goto(`${plainHost}/`);
      await waitForApp(page);
      await page.goto(`${plainHost}${first}`);
      await waitForApp(page);

      await expect(page).toHaveURL(`${plainHost}${address}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(heading);
      await page.goBack();
      await expect(page).toHaveURL(`${plainHost}/`);
    });
  }
});

test('a later page’s heading reads "Koreas, page 2"', async ({ page }) => {
  await page.goto(`${koreas}/page/2`);
  await waitForApp(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Koreas, page 2');
});
