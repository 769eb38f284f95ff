import type { Page, Route } from '@playwright/test';
import { openFromSection, waitForErrorPageCode } from '../support/openFromSection';
import { articlePath, listing, site } from '../support/sampleContent';
import {
  expect,
  expectNoAxeViolations,
  failedResourceLog,
  test,
  waitForApp,
  waitForCompanion,
} from '../support/test';

// Faults of the connection and the server while the app runs: a request that
// never answers, no connection at all, a 404 during a deploy.
test.use({ allowConsoleErrors: [failedResourceLog] });

const article = listing('koreas')[2];
if (!article) throw new Error('not enough Koreas articles');
const articleJson = `**/content/articles/${article.id}.json`;
const sectionTitle = site.sections.find((section) => section.id === article.section)?.title ?? '';
/** The error page's disclosure holding the address and the technical reason. */
const technicalDetails = (page: Page) => page.locator('main details');

test('a content request that never answers is reported after about ten seconds, and Try again loads the article', async ({
  page,
}) => {
  test.setTimeout(60_000);
  let isHanging = true;
  // A hanging server: the request is neither answered nor refused.
  await page.route(articleJson, (route) => (isHanging ? undefined : route.fallback()));
  const startedAt = Date.now();
  await openFromSection(page, article);

  await expect(
    page.getByRole('heading', { level: 1, name: 'This article is taking too long to load' }),
  ).toBeVisible({
    timeout: 20_000,
  });
  expect(Date.now() - startedAt).toBeGreaterThanOrEqual(10_000);
  await expect(page.getByRole('alert')).toContainText('We waited 10 seconds without an answer.');
  await expect(technicalDetails(page)).toContainText(
    `No answer from /content/articles/${article.id}.json within 10 seconds.`,
  );

  isHanging = false;
  await page.getByRole('button', { name: 'Try again' }).click();
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
  await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeFocused();
  await expect(page.getByRole('alert')).toHaveText(
    'This article needs a connection to load. Check your Wi-Fi or mobile data: it will load by itself as soon as you’re back online.',
  );
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
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
  await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('This section needs a connection to load.');

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
  // The footer's and the companion's code have arrived: only the error page's is missing.
  await waitForCompanion(page);
  await page.waitForLoadState('networkidle');

  await context.setOffline(true);
  await page.getByRole('link', { name: article.headline }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeFocused();
  await expect(page.getByRole('alert')).toHaveText('It will load by itself as soon as you’re back online.');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  // The plain message, from the entry: the full error page would offer the front page too.
  await expect(page.getByRole('link', { name: 'Go to the front page' })).toHaveCount(0);

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

test('an error page that replaces a page starts at its top, with its heading focused, one alert and nothing else announced', async ({
  page,
}) => {
  // On a phone the link is far down the section; the short error page must not open mid-way.
  await page.setViewportSize({ width: 360, height: 780 });
  const lastOnPage = listing('koreas')[9] ?? article;
  await page.route(`**/content/articles/${lastOnPage.id}.json`, (route) =>
    route.fulfill({ status: 503, body: 'busy' }),
  );
  await openFromSection(page, lastOnPage);

  const heading = page.getByRole('heading', { level: 1, name: 'Our server couldn’t send this article' });
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // The focused heading names the page: the page-change announcer stays silent, so it is heard once.
  await expect(page.locator('[aria-live="polite"]')).toHaveText('');
  await expect(page.getByRole('alert')).toHaveText(
    'The problem is on our side and usually brief. Try again in a moment.',
  );
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

  await expect(page.getByRole('heading', { level: 1, name: 'We couldn’t load this article' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('Check your connection and try again.');
  const mirrorList = page.getByRole('list', { name: 'This page on our other addresses' });
  await expect(mirrorList.getByRole('link')).toHaveCount(mirrors.length);
  for (const mirror of mirrors) {
    // The sample mirrors have no path of their own, so the article's path follows the host.
    const href = `${mirror}${articlePath(article)}`;
    await expect(mirrorList.getByRole('link', { name: href })).toHaveAttribute('href', href);
  }
  // Long addresses wrap inside the error message, its technical details too, once opened. Only
  // the message is measured: the site header's own width at 320 px is not this test's concern.
  await technicalDetails(page).getByText('Technical details').click();
  const overflowing = await page
    .getByRole('main')
    .evaluate((message) =>
      [message, ...message.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth)
        .map((element) => element.outerHTML.slice(0, 80)),
    );
  expect(overflowing).toEqual([]);
  await expectNoAxeViolations(page);
});

test('when the error page’s code arrives late, the reader hears one alert that matches the page, the title changes once and focus lands on its heading', async ({
  page,
}) => {
  const failing = listing('koreas')[4] ?? article;
  let releaseCode: () => void = () => undefined;
  const codeHeld = new Promise<void>((resolve) => (releaseCode = resolve));
  // The error page's code is still on its way when the article fails.
  await page.route('**/assets/LoadErrorRoute-*.js', async (route) => {
    await codeHeld;
    await route.fallback();
  });
  let requests = 0;
  await page.route(`**/content/articles/${failing.id}.json`, (route) => {
    requests += 1;
    return route.fulfill({ status: 503, body: 'busy' });
  });
  await page.goto('/news/koreas');
  await waitForApp(page);
  // Every alert the page shows, as it appears, and the most shown at once.
  await page.evaluate(() => {
    const heard = { alerts: [] as string[], mostAtOnce: 0, titles: [document.title] };
    Object.assign(window, { heard });
    const seen = new WeakSet<Element>();
    new MutationObserver(() => {
      if (heard.titles.at(-1) !== document.title) heard.titles.push(document.title);
      const alerts = [...document.querySelectorAll('[role="alert"]')];
      heard.mostAtOnce = Math.max(heard.mostAtOnce, alerts.length);
      for (const alert of alerts.filter((element) => !seen.has(element))) {
        seen.add(alert);
        heard.alerts.push(alert.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });

  await page.getByRole('link', { name: failing.headline }).click();
  // The automatic second request has failed too; the page waits only for its explanation.
  await expect.poll(() => requests).toBe(2);
  await page.waitForTimeout(1_000);
  releaseCode();

  const heading = page.getByRole('heading', { level: 1, name: 'Our server couldn’t send this article' });
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { heard: unknown }).heard)).toEqual({
    alerts: ['The problem is on our side and usually brief. Try again in a moment.'],
    mostAtOnce: 1,
    // The title changes once, to the error page's: never to a guess first.
    titles: [`Koreas | ${site.name}`, 'Our server couldn’t send this article | Broadsheet'],
  });
  await expect(page.locator('[aria-live="polite"]')).toHaveText('');
});

test('after each kind of failure, focus is on the error page’s heading, with one alert and the technical reason under Technical details', async ({
  page,
}) => {
  const faults: [string, string, (route: Route) => Promise<void>, string][] = [
    [
      'a reset connection',
      'We couldn’t load this article',
      (route) => route.abort('connectionreset'),
      'Could not reach',
    ],
    [
      'a server error',
      'Our server couldn’t send this article',
      (route) => route.fulfill({ status: 500, body: 'oops' }),
      'The server answered 500',
    ],
    [
      'damaged content',
      'This article arrived damaged',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": 1}' }),
      'does not match the content contract',
    ],
  ];
  await page.goto('/news/koreas');
  await waitForApp(page);
  for (const [index, [fault, heading, answer, reason]] of faults.entries()) {
    await test.step(fault, async () => {
      const failing = listing('koreas')[index + 5] ?? article;
      await page.route(`**/content/articles/${failing.id}.json`, answer);
      await page.getByRole('link', { name: failing.headline }).click();

      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
      await expect(page.getByRole('alert')).toHaveCount(1);
      const details = technicalDetails(page);
      await expect(details).toContainText(`/content/articles/${failing.id}.json`);
      await expect(details).toContainText(reason);
      await expect(details.getByText(reason)).toBeHidden();
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: sectionTitle })).toBeVisible();
    });
  }
});
