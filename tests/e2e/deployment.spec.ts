import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articlePath, listing, nth } from '../support/sampleContent';
import { expect, test } from '../support/test';

const root = path.resolve(import.meta.dirname, '../..');
const article = nth(listing('koreas'), 0);

test('nginx answers unknown paths with the not-found page and status 404', async ({ request }) => {
  for (const missing of [
    '/sport',
    '/news/koreas/no-such-article',
    '/news/koreas?page=9',
    '/assets/nope.js',
  ]) {
    const response = await request.get(missing);
    expect(response.status(), missing).toBe(404);
  }
});

test('hashed assets are cached for a year; pages, content and feeds revalidate', async ({ request }) => {
  const html = await (await request.get('/')).text();
  // The app's entry, which the page lists for its loader.
  const script = /"entry":"(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
  expect((await request.get(script)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const revalidated of ['/', articlePath(article), '/content/front.json', '/feeds/all.xml']) {
    expect((await request.get(revalidated)).headers()['cache-control'], revalidated).toBe('no-cache');
  }
});

test('responses are compressed with brotli or gzip as the client asks', async ({ request }) => {
  const html = await (await request.get('/')).text();
  // The app's entry, which the page lists for its loader.
  const script = /"entry":"(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
  const brotli = await request.get(script, { headers: { 'Accept-Encoding': 'br' } });
  expect(brotli.headers()['content-encoding']).toBe('br');
  const gzip = await request.get('/content/front.json', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
});

test('every response carries the security headers, and the CSP allows exactly the inline early scripts', async ({
  request,
}) => {
  const response = await request.get(articlePath(article));
  const headers = response.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  // The hashes in the nginx configuration must be those of the scripts the build ships
  // (the theme, the app's loader, the early taps), and no others.
  const built = readFileSync(path.join(root, 'dist/index.html'), 'utf8');
  const hashes = [...built.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, inline]) =>
      `'sha256-${createHash('sha256')
        .update(inline ?? '')
        .digest('base64')}'`,
  );
  expect(hashes).toHaveLength(3);
  expect(csp.match(/'sha256-[^']+'/g)?.sort()).toEqual(hashes.sort());
});

test('the first page hydrates from the HTML: no data requests and no layout shift', async ({ page }) => {
  const contentRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/content/') && !request.url().includes('/content/images/')) {
      contentRequests.push(request.url());
    }
  });
  await page.addInitScript(() => {
    const shifts: number[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    Object.defineProperty(window, 'layoutShifts', {
      get: () => shifts.reduce((sum, value) => sum + value, 0),
    });
  });
  await page.goto(articlePath(article));
  await page.waitForLoadState('networkidle');
  // Hydrated: the app responds to the reader.
  await page.getByRole('button', { name: 'Copy link' }).first().waitFor();
  expect(contentRequests).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { layoutShifts: number }).layoutShifts)).toBe(0);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader can go from the front page to a section, its second page and an article', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible();
    // Koreas is on the second row, which the front page does not have: News first.
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await sections.getByRole('link', { name: 'News', exact: true }).click();
    await sections.getByRole('link', { name: 'Koreas' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Koreas' })).toBeVisible();
    await page.getByRole('link', { name: 'Older →' }).click();
    await expect(page).toHaveURL('/news/koreas/page/2');
    await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2');
    const older = nth(listing('koreas'), 21);
    await page.getByRole('link', { name: older.headline }).click();
    await expect(page.getByRole('heading', { level: 1, name: older.headline })).toBeVisible();
    await expect(page.locator('main article p').nth(3)).not.toBeEmpty();
  });
});
