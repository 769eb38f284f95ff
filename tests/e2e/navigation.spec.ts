import { articlePath, listing, nth } from '../support/sampleContent';
import { expect, test, waitForApp } from '../support/test';

const koreas = listing('koreas');

test('pointing at a headline fetches the article before the click', async ({ page }) => {
  const target = koreas[2];
  if (!target) throw new Error('not enough Koreas articles');
  await page.goto('/news/koreas');
  await waitForApp(page);
  // The article and its links document (previous, next, related): all the page needs.
  const requested = Promise.all([
    page.waitForRequest(`**/content/articles/${target.id}.json`),
    page.waitForRequest(`**/content/article-links/${target.id}.json`),
  ]);
  await page.getByRole('link', { name: target.headline }).hover();
  await requested;

  const lateRequests: string[] = [];
  page.on('request', (request) => lateRequests.push(request.url()));
  await page.getByRole('link', { name: target.headline }).click();
  await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeVisible();
  expect(lateRequests.filter((url) => url.includes('/content/'))).toEqual([]);
});

test('while the next page loads the current page stays up, with no placeholder', async ({ page }) => {
  const target = koreas[4];
  if (!target) throw new Error('not enough Koreas articles');
  await page.goto('/news/koreas');
  await waitForApp(page);
  // Hold the article back so the in-between state can be observed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/content/articles/${target.id}.json`, async (route) => {
    await held;
    await route.fallback();
  });

  await page.getByRole('link', { name: target.headline }).click();
  await page.waitForTimeout(300);
  await expect(page.getByRole('heading', { level: 1, name: 'Koreas' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);

  release();
  await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeVisible();
});

test('a new page starts at the top, and back returns to where the reader was', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.goto('/news/koreas');
  await waitForApp(page);
  const target = koreas[12];
  if (!target) throw new Error('not enough Koreas articles');
  const link = page.getByRole('link', { name: target.headline });
  await link.scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  const listScroll = await page.evaluate(() => window.scrollY);
  expect(listScroll).toBeGreaterThan(500);

  await link.click();
  await expect(page).toHaveURL(articlePath(target));
  await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Koreas' })).toBeAttached();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(listScroll - 5);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(listScroll + 5);
});

test('an in-article link to a section navigates inside the app', async ({ page }) => {
  await page.goto(articlePath(nth(koreas, 0)));
  await waitForApp(page);
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Koreas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Koreas' })).toBeVisible();
  // A client-side navigation changes the URL without a new document load.
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
});

test('a fresh visit opens at the top even where an earlier visit was scrolled; a reload keeps the place', async ({
  page,
}) => {
  const article = nth(listing('koreas'), 5);
  await page.goto(articlePath(article));
  await waitForApp(page);
  await page.mouse.wheel(0, 1200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

  await page.goto('/');
  await waitForApp(page);
  await page.goto(articlePath(article));
  await waitForApp(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  await page.mouse.wheel(0, 900);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(700);
  await page.reload();
  await waitForApp(page);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(700);
});

test('a new page is heard once: focus moves to its heading, which names it, and the page announcer stays silent', async ({
  page,
}) => {
  const target = nth(koreas, 7);
  await page.goto('/news/koreas');
  await waitForApp(page);
  const announcer = page.locator('[aria-live="polite"]');

  await page.getByRole('link', { name: target.headline }).click();
  await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeFocused();
  await expect(announcer).toHaveText('');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Koreas' })).toBeFocused();
  await expect(announcer).toHaveText('');
});

test.describe('a hero the section page never loaded', () => {
  test.use({ allowConsoleErrors: [/ERR_BLOCKED_BY_CLIENT/] });

  test('pointing at a card also fetches the hero the article will show, so the click asks for nothing more', async ({
    page,
  }) => {
    // A photo whose card thumbnail the section page shows: refused while the page loads, so only the hover can fetch it.
    const target = nth(koreas, 3);
    const heroName = target.image?.src
      .split('/')
      .at(-1)
      ?.replace(/\.\w+$/, '');
    if (!heroName) throw new Error(`${target.id} has no hero`);
    const isHeroFile = (url: URL) => url.pathname.includes(`/images/`) && url.pathname.includes(heroName);
    await page.route(isHeroFile, (route) => route.abort('blockedbyclient'));
    await page.goto('/news/koreas');
    await waitForApp(page);
    await page.unroute(isHeroFile);

    const heroRequest = page.waitForRequest((request) => isHeroFile(new URL(request.url())));
    // The hover also asks for the article's documents; the click must find them in the cache.
    const documentsArrived = ['articles', 'article-links'].map((folder) =>
      page.waitForResponse((response) => response.url().endsWith(`/content/${folder}/${target.id}.json`)),
    );
    await page.getByRole('link', { name: target.headline }).hover();
    const heroUrl = (await heroRequest).url();
    await (await heroRequest).response();
    await Promise.all(documentsArrived);

    const lateRequests: string[] = [];
    page.on('request', (request) => lateRequests.push(request.url()));
    await page.getByRole('link', { name: target.headline }).click();
    await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeVisible();
    const hero = page.locator('main figure img');
    await expect(hero).toHaveJSProperty('complete', true);

    expect(await hero.evaluate((img: HTMLImageElement) => img.currentSrc)).toBe(heroUrl);
    expect(lateRequests.filter((url) => url.includes('/content/'))).toEqual([]);
  });
});

test('an article opened in the app paints its top before its body is built, then shows whole', async ({
  page,
}) => {
  const target = nth(koreas, 1);
  await page.goto('/news/koreas');
  await waitForApp(page);
  const link = page.getByRole('link', { name: target.headline });
  const arrived = page.waitForResponse(`**/content/articles/${target.id}.json`);
  await link.hover();
  await arrived;

  const bodyWithHeadline = page.evaluate(
    (headline) =>
      new Promise<boolean>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('main h1')?.textContent !== headline) return;
          observer.disconnect();
          resolve(document.querySelector('main article [aria-label="Share this article (end)"]') !== null);
        });
        observer.observe(document.body, { childList: true, subtree: true });
      }),
    target.headline,
  );
  await link.click();

  expect(await bodyWithHeadline).toBe(false);
  await expect(page.getByRole('heading', { level: 1, name: target.headline })).toBeFocused();
  await expect(page.locator('main article [aria-label="Share this article (end)"]')).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('an article whose data the hover fetched renders in the task after the click, not spread over many', async ({
  page,
}) => {
  const target = nth(koreas, 2);
  await page.goto('/news/koreas');
  await waitForApp(page);
  const arrived = Promise.all([
    page.waitForResponse(`**/content/articles/${target.id}.json`),
    page.waitForResponse(`**/content/article-links/${target.id}.json`),
  ]);
  await page.getByRole('link', { name: target.headline }).hover();
  await arrived;
  // Everything the page needs has arrived once the page's code is in; then the link calls it ready.
  await page.waitForLoadState('networkidle');

  const shownByNextTask = await page.evaluate(async (headline) => {
    const anchor = [...document.querySelectorAll('a')].find((a) => a.textContent === headline);
    anchor?.click();
    // Two turns of the microtask queue: the router's update and React's scheduling of its render.
    await Promise.resolve();
    await Promise.resolve();
    // A task queued now runs after React's render task, and before it if React spread the render over tasks.
    return new Promise<boolean>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        resolve(document.querySelector('main h1')?.textContent === headline);
      };
      channel.port2.postMessage(null);
    });
  }, target.headline);

  expect(shownByNextTask).toBe(true);
});
