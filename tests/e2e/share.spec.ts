import { articlePath, articles, articleWithPullquote, site } from '../support/sampleContent';
import { expect, expectNoAxeViolations, test, waitForApp } from '../support/test';

const article = articleWithPullquote;
const canonical = new URL(articlePath(article), site.url).toString();
const e = encodeURIComponent;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const expectedLinks = [
  ['Share on X', `https://x.com/intent/post?text=${e(article.headline)}&url=${e(canonical)}`],
  ['Share on Facebook', `https://www.facebook.com/sharer/sharer.php?u=${e(canonical)}`],
  ['Share on WhatsApp', `https://wa.me/?text=${e(`${article.headline} ${canonical}`)}`],
  ['Share on Telegram', `https://t.me/share/url?url=${e(canonical)}&text=${e(article.headline)}`],
  ['Share on Reddit', `https://www.reddit.com/submit?url=${e(canonical)}&title=${e(article.headline)}`],
  ['Share on LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${e(canonical)}`],
  [
    'Share by email',
    `mailto:?subject=${e(article.headline)}&body=${e(`${article.standfirst ?? ''}\n\n${canonical}`)}`,
  ],
] as const;

test('each network link shares the canonical address, encoded, in a new tab', async ({ page }) => {
  // Stray query parameters must never leak into what is shared.
  await page.goto(`${articlePath(article)}?utm_source=newsletter&ref=x`);
  await waitForApp(page);
  const footBar = page.getByRole('region', { name: 'Share this article (end)' });
  for (const [label, href] of expectedLinks) {
    const link = footBar.getByRole('link', { name: label, exact: true });
    await expect(link).toHaveAttribute('href', href);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
});

test('the top bar folds copy and the networks into the Share menu until the reader opens it', async ({
  page,
}) => {
  await page.goto(articlePath(article));
  await waitForApp(page);
  const topBar = page.getByRole('region', { name: 'Share this article', exact: true });
  const xLink = topBar.getByRole('link', { name: 'Share on X' });
  await expect(xLink).toBeHidden();
  await topBar.getByText('Share', { exact: true }).click();
  await expect(xLink).toBeVisible();
  await expect(xLink).toHaveAttribute('href', expectedLinks[0][1]);
  await page.keyboard.press('Escape');
  await expect(xLink).toBeHidden();
  await expect(topBar.locator('summary')).toBeFocused();

  // A click outside closes it too, and so does keyboard focus leaving it.
  await topBar.getByText('Share', { exact: true }).click();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(xLink).toBeHidden();
  await topBar.getByText('Share', { exact: true }).click();
  await topBar.getByRole('link', { name: 'Share by email' }).focus();
  await page.keyboard.press('Tab');
  await expect(xLink).toBeHidden();
});

test('the top bar is one row on a phone: Share, Save and the count side by side', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const counted = articles.find((candidate) => (candidate.shareCount ?? 0) > 1) ?? article;
  await page.goto(articlePath(counted));
  await waitForApp(page);
  const topBar = page.getByRole('region', { name: 'Share this article', exact: true });
  const controls = [
    topBar.getByText('Share', { exact: true }),
    topBar.getByRole('button', { name: 'Save' }),
    topBar.getByText(/shares?$/),
  ];
  const middles = await Promise.all(
    controls.map(async (control) => {
      const box = await control.boundingBox();
      if (!box) throw new Error('a control of the share row is not shown');
      return box.y + box.height / 2;
    }),
  );
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(2);
  expect((await topBar.boundingBox())?.height).toBeLessThanOrEqual(48);
});

test('Copy link puts exactly the canonical address on the clipboard and says so', async ({ page }) => {
  await page.goto(`${articlePath(article)}?utm_campaign=autumn`);
  await waitForApp(page);
  const topBar = page.getByRole('region', { name: 'Share this article', exact: true });
  await topBar.getByText('Share', { exact: true }).click();
  await topBar.getByRole('button', { name: 'Copy link' }).click();
  await expect(topBar.getByText('Link copied')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
});

test('the share total from the article JSON is shown', async ({ page }) => {
  const counted = articles.find(
    (candidate) => candidate.shareCount !== undefined && candidate.shareCount > 1,
  );
  if (!counted) throw new Error('no sample article has a share count');
  await page.goto(articlePath(counted));
  await waitForApp(page);
  const count = new Intl.NumberFormat('en-GB').format(counted.shareCount ?? 0);
  await expect(page.getByRole('region', { name: 'Share this article', exact: true })).toContainText(
    `${count} shares`,
  );
});

test('sharing a pull quote copies the quote, its attribution and a link that opens the article at it', async ({
  page,
}) => {
  const quote = article.body.find((block) => block.type === 'pullquote');
  if (!quote?.text) throw new Error('the sample article has no pull quote');
  await page.goto(articlePath(article));
  await waitForApp(page);
  const figure = page.locator('figure', { has: page.locator('blockquote') });
  await figure.getByRole('button', { name: 'Share quote' }).click();
  // Shown beside the button, said once through the article's shared status region.
  await expect(figure.getByText('Quote copied')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Quote copied' })).toHaveCount(1);

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const [text, link] = copied.split('\n');
  expect(text).toBe(`“${quote.text}” — ${quote.attribution ?? ''}`);
  // Chromium understands text fragments, so the link points at the quote's own words.
  expect(link?.startsWith(`${canonical}#:~:text=`)).toBe(true);
  const firstWords = quote.text.split(/\s+/).slice(0, 4).join(' ');
  expect(decodeURIComponent(link?.split(':~:text=')[1] ?? '')).toContain(firstWords);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an article with the share bar open has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(articlePath(article));
    await waitForApp(page);
    const topBar = page.getByRole('region', { name: 'Share this article', exact: true });
    await topBar.getByText('Share', { exact: true }).click();
    await expectNoAxeViolations(page);
    await topBar.getByRole('button', { name: 'Copy link' }).click();
    await expect(topBar.getByText('Link copied')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('where the browser has no text fragments, the quote link uses the quote’s anchor and lands on it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Reflect.deleteProperty(Document.prototype, 'fragmentDirective');
  });
  await page.goto(articlePath(article));
  await waitForApp(page);
  const figure = page.locator('figure', { has: page.locator('blockquote') });
  const anchor = (await figure.getAttribute('id')) ?? '';
  await figure.getByRole('button', { name: 'Share quote' }).click();
  await expect(figure.getByText('Quote copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')[1]).toBe(`${canonical}#${anchor}`);

  await page.goto('/');
  await waitForApp(page);
  await page.goto(`${articlePath(article)}#${anchor}`);
  await waitForApp(page);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});
