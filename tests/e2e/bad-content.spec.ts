import type { Page } from '@playwright/test';
import { openFromSection } from '../support/openFromSection';
import { listing } from '../support/sampleContent';
import { expect, failedResourceLog, test } from '../support/test';

test.use({ allowConsoleErrors: [failedResourceLog] });

const article = listing('koreas')[1];
if (!article) throw new Error('not enough Koreas articles');
const articleJson = `**/content/articles/${article.id}.json`;
/** The error page's disclosure holding the address and the technical reason. */
const technicalDetails = (page: Page) => page.locator('main details');

test('a server error shows what went wrong and a retry that loads the article', async ({ page }) => {
  let failing = true;
  await page.route(articleJson, (route) =>
    failing ? route.fulfill({ status: 503, body: 'busy' }) : route.fallback(),
  );
  await openFromSection(page, article);
  await expect(page.getByRole('heading', { name: 'Our server couldn’t send this article' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'The problem is on our side and usually brief. Try again in a moment.',
  );
  await expect(technicalDetails(page)).toContainText(
    `The server answered 503 for /content/articles/${article.id}.json`,
  );

  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
});

test('a network failure says the site could not be reached', async ({ page }) => {
  await page.route(articleJson, (route) => route.abort('internetdisconnected'));
  await openFromSection(page, article);
  await expect(page.getByRole('heading', { name: 'We couldn’t load this article' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('a response that breaks the contract names the file and the failing field', async ({ page }) => {
  await page.route(articleJson, (route) =>
    route.fulfill({ json: { id: article.id, section: 'koreas', publishedAt: 'yesterday', body: [] } }),
  );
  await openFromSection(page, article);
  await expect(page.getByRole('heading', { name: 'This article arrived damaged' })).toBeVisible();
  await expect(technicalDetails(page)).toContainText(
    `/content/articles/${article.id}.json does not match the content contract: headline: is required but missing`,
  );
});

test('a response that is not JSON at all is reported, not a blank page', async ({ page }) => {
  await page.route(articleJson, (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"id": ' }),
  );
  await openFromSection(page, article);
  await expect(technicalDetails(page)).toContainText('(document): is not valid JSON');
});

test('one malformed block is left out and counted while the rest of the article shows', async ({ page }) => {
  await page.route(articleJson, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { body: unknown[] };
    json.body.splice(1, 0, { type: 'video', src: 'x.mp4' });
    await route.fulfill({ response, json: { ...json, futureField: 'ignored' } });
  });
  await openFromSection(page, article);
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
  await expect(page.getByRole('note')).toHaveText('One part of this article could not be shown.');
});

test('if site.json cannot load where a page is built in the browser, the reader gets an explanation', async ({
  page,
}) => {
  await page.route('**/content/site.json', (route) => route.fulfill({ status: 500, body: '' }));
  // An address no prerendered page answers exactly, so the app starts from nothing.
  await page.goto('/news/koreas?page=two');
  // Without site.json the app cannot tell a section from an article: it names a page.
  await expect(page.getByRole('heading', { name: 'Our server couldn’t send this page' })).toBeVisible();
});
