import { openFromSection, waitForErrorPageCode } from '../support/openFromSection';
import { articlePath, listing, site } from '../support/sampleContent';
import { expect, expectNoAxeViolations, failedResourceLog, test, waitForApp } from '../support/test';

// Faults of the connection and the server while the app runs: a request that
// never answers, no connection at all, a 404 during a deploy.
test.use({ allowConsoleErrors: [failedResourceLog] });

const article = listing('koreas')[2];
if (!article) throw new Error('not enough Koreas articles');
const articleJson = `**/content/articles/${article.id}.json`;
const sectionTitle = site.sections.find((section) => section.id === article.section)?.title ?? '';

test('a content request that never answers is reported after about ten seconds, and Try again loads the article', async ({
  page,
}) => {
  test.setTimeout(60_000);
  let isHanging = true;
  // A hanging server: the request is neither answered nor refused.
  await page.route(articleJson, (route) => (isHanging ? undefined : route.fallback()));
  const startedAt = Date.now();
  await openFromSection(page, article);

  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The newsroom is taking too long to answer' })).toBeVisible(
    {
      timeout: 20_000,
    },
  );
  expect(Date.now() - startedAt).toBeGreaterThanOrEqual(10_000);
  await expect(alert).toContainText(`No answer from /content/articles/${article.id}.json within 10 seconds.`);

  isHanging = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
});

test('offline, opening an article says so and the article loads by itself when the connection returns', async ({
  page,
  context,
}) => {
  await page.goto('/news/koreas');
  await waitForApp(page);
  await waitForErrorPageCode(page);

  await context.setOffline(true);
  await page.getByRole('link', { name: article.headline }).click();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'You’re offline' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
});

test('offline, a page whose code has not loaded yet says so and loads by itself when the connection returns', async ({
  page,
  context,
}) => {
  // An article page carries no section code; its section's listing is already in the cache.
  await page.goto(articlePath(article));
  await waitForApp(page);
  await waitForErrorPageCode(page);

  await context.setOffline(true);
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: sectionTitle })
    .click();
  await expect(page.getByRole('alert').getByRole('heading', { name: 'You’re offline' })).toBeVisible();

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: sectionTitle })).toBeVisible();
});

test('offline before the error page’s own code arrived, a plain message still says so and recovers', async ({
  page,
  context,
}) => {
  await page.route('**/assets/LoadErrorRoute-*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('/news/koreas');
  await waitForApp(page);

  await context.setOffline(true);
  await page.getByRole('link', { name: article.headline }).click();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'You’re offline' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  // The plain message, from the entry: the full error page would offer the front page too.
  await expect(alert.getByRole('link', { name: 'Go to the front page' })).toHaveCount(0);

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
});

test('a 404 that is gone on the second request (a deploy in progress) shows the article, after exactly two requests', async ({
  page,
}) => {
  let requests = 0;
  await page.route(articleJson, (route) => {
    requests += 1;
    return requests === 1 ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback();
  });
  await openFromSection(page, article);

  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
  expect(requests).toBe(2);
});

test('a lasting 404 shows Page not found after two requests a second apart', async ({ page }) => {
  const requestTimes: number[] = [];
  await page.route(articleJson, (route) => {
    requestTimes.push(Date.now());
    return route.fulfill({ status: 404, body: 'Not found' });
  });
  await openFromSection(page, article);

  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // Long enough for a third request, were there one.
  await page.waitForTimeout(1_500);
  expect(requestTimes).toHaveLength(2);
  const [first = 0, second = 0] = requestTimes;
  expect(second - first).toBeGreaterThanOrEqual(900);
});

test('an error page that replaces a page starts at its top, with its heading focused and announced', async ({
  page,
}) => {
  // On a phone the link is far down the section; the short error page must not open mid-way.
  await page.setViewportSize({ width: 360, height: 780 });
  const lastOnPage = listing('koreas')[9] ?? article;
  await page.route(`**/content/articles/${lastOnPage.id}.json`, (route) =>
    route.fulfill({ status: 503, body: 'busy' }),
  );
  await openFromSection(page, lastOnPage);

  const heading = page.getByRole('heading', { level: 1, name: 'The server had a problem' });
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(
    page.locator('[aria-live="polite"]').filter({ hasText: 'The server had a problem | Broadsheet' }),
  ).toHaveCount(1);
});

test('a reset connection to the article offers the same article on each mirror, with no layout break at 320 px and no axe violations', async ({
  page,
}) => {
  const mirrors = site.mirrors ?? [];
  if (mirrors.length === 0) throw new Error('the sample site lists no mirrors');
  await page.setViewportSize({ width: 320, height: 700 });
  // How a block often looks from the reader's side: the connection is cut before any answer.
  await page.route(articleJson, (route) => route.abort('connectionreset'));
  await openFromSection(page, article);

  const alert = page.getByRole('alert');
  await expect(
    alert.getByRole('heading', { level: 1, name: 'We could not reach the newsroom' }),
  ).toBeVisible();
  const mirrorList = alert.getByRole('list', { name: 'This page on our other addresses' });
  await expect(mirrorList.getByRole('link')).toHaveCount(mirrors.length);
  for (const mirror of mirrors) {
    // The sample mirrors have no path of their own, so the article's path follows the host.
    const href = `${mirror}${articlePath(article)}`;
    await expect(mirrorList.getByRole('link', { name: href })).toHaveAttribute('href', href);
  }
  // Long addresses wrap inside the error message. Only the message is measured: the site
  // header's own width at 320 px is not this test's concern.
  const overflowing = await alert.evaluate((message) =>
    [message, ...message.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth)
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(overflowing).toEqual([]);
  await expectNoAxeViolations(page);
});
