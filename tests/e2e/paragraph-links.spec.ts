import { articlePath, articles, articleWithPullquote, listing, nth, site } from '../support/sampleContent';
import { expect, test, waitForApp } from '../support/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const article = articleWithPullquote;
const canonical = new URL(articlePath(article), site.url).toString();

test('the ¶ of a paragraph appears on hover and copies a link to that paragraph', async ({ page }) => {
  await page.goto(articlePath(article));
  await waitForApp(page);
  const paragraph = page.locator('main article p[id^="p-"]').nth(2);
  const anchor = await paragraph.getAttribute('id');
  const pilcrow = paragraph.getByRole('link', { name: /^Copy link to paragraph \d+$/ });
  await expect(pilcrow).toHaveCSS('opacity', '0');

  await paragraph.hover();
  await expect(pilcrow).toHaveCSS('opacity', '1');
  await pilcrow.click();
  await expect(paragraph.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${anchor ?? ''}`);
});

test('the ¶ becomes visible when it gets keyboard focus', async ({ page }) => {
  await page.goto(articlePath(article));
  await waitForApp(page);
  const pilcrow = page.getByRole('link', { name: 'Copy link to paragraph 1', exact: true });
  await pilcrow.focus();
  await expect(pilcrow).toHaveCSS('opacity', '1');
});

/** Every live region of the page, whatever makes it one. */
const liveRegions = '[aria-live], [role=status], [role=alert], [role=log], output';

test('an article has the same few live regions however long it is', async ({ page }) => {
  const byLength = [...articles].sort((a, b) => a.body.length - b.body.length);
  const counts: number[] = [];
  for (const shown of [byLength[0], byLength.at(-1)]) {
    if (!shown) throw new Error('no sample articles');
    await page.goto(articlePath(shown));
    await waitForApp(page);
    counts.push(await page.locator(liveRegions).count());
  }
  // The page's announcer (page changes) and the article's one status region for copies.
  expect(counts).toEqual([2, 2]);
});

test('the ¶ links say which paragraph each copies, and a copy is announced once', async ({ page }) => {
  await page.goto(articlePath(article));
  await waitForApp(page);
  const pilcrows = page.locator('main article').getByRole('link', { name: /^Copy link to paragraph/ });
  const names = await pilcrows.evaluateAll((links) => links.map((link) => link.getAttribute('aria-label')));
  expect(names.length).toBeGreaterThan(3);
  expect(new Set(names).size).toBe(names.length);

  await page.getByRole('link', { name: 'Copy link to paragraph 2', exact: true }).focus();
  await page.keyboard.press('Enter');

  await expect(page.locator(liveRegions).filter({ hasText: 'Link copied' })).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveText('Link copied');
});

test('opening a paragraph link lands on that paragraph and highlights it', async ({ page }) => {
  await page.goto(articlePath(article));
  await waitForApp(page);
  const paragraph = page.locator('main article p[id^="p-"]').nth(5);
  const anchor = (await paragraph.getAttribute('id')) ?? '';

  // A fresh page load, as when a shared link is opened.
  await page.goto('/');
  await waitForApp(page);
  await page.goto(`${articlePath(article)}#${anchor}`);
  await waitForApp(page);
  await page.reload();
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute('data-highlighted', '');
  await expect(target).toBeFocused();
  // The highlight is brief.
  await expect(target).not.toHaveAttribute('data-highlighted', { timeout: 5000 });
});

test('a paragraph link followed inside the app lands on that paragraph too', async ({ page }) => {
  const from = nth(listing('koreas'), 6);
  await page.goto(articlePath(article));
  await waitForApp(page);
  const anchor = (await page.locator('main article p[id^="p-"]').nth(5).getAttribute('id')) ?? '';
  const linkPath = `${articlePath(article)}#${anchor}`;
  // Another article links to the paragraph, as a publisher can with a site-relative link.
  await page.route(`**/content/articles/${from.id}.json`, async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { body: unknown[] };
    json.body.unshift({ type: 'paragraph', text: `Read [the key passage](${linkPath}) first.` });
    await route.fulfill({ response, json });
  });

  // Opened inside the app, so its (altered) JSON is fetched rather than read from the HTML.
  await page.goto('/news/koreas');
  await waitForApp(page);
  await page.getByRole('link', { name: from.headline }).click();
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => navigations.push(frame.url()));
  await page.getByRole('link', { name: 'the key passage' }).click();
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveAttribute('data-highlighted', '');
  // Focus on the paragraph does not name the page, so the page announcer does, once.
  await expect(target).toBeFocused();
  await expect(page.locator('[aria-live="polite"]')).toHaveText(`${article.headline} | ${site.name}`);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
});

test('under reduced motion the highlight does not animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(articlePath(article));
  await waitForApp(page);
  const anchor = (await page.locator('main article p[id^="p-"]').nth(3).getAttribute('id')) ?? '';
  await page.goto('/');
  await waitForApp(page);
  await page.goto(`${articlePath(article)}#${anchor}`);
  await waitForApp(page);
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toHaveAttribute('data-highlighted', '');
  await expect(target).toHaveCSS('animation-name', 'none');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 780 } });

  test('a ¶ shows only on the paragraph the reader tapped, never after every paragraph', async ({ page }) => {
    await page.goto(articlePath(article));
    await waitForApp(page);
    // Paragraphs with no link of their own, so a tap lands on the text itself.
    const paragraphs = page.locator('main article p[id^="p-"]').filter({
      hasNot: page.locator('a:not([aria-label^="Copy link"])'),
    });
    expect(await paragraphs.count()).toBeGreaterThanOrEqual(3);
    const pilcrowOf = (index: number) =>
      paragraphs.nth(index).getByRole('link', { name: /^Copy link to paragraph \d+$/ });
    for (const index of [0, 1, 2]) await expect(pilcrowOf(index)).toHaveCSS('opacity', '0');

    await paragraphs.nth(1).tap({ position: { x: 4, y: 4 } });

    await expect(pilcrowOf(1)).toHaveCSS('opacity', '1');
    await expect(pilcrowOf(0)).toHaveCSS('opacity', '0');
    await expect(pilcrowOf(2)).toHaveCSS('opacity', '0');
  });
});
