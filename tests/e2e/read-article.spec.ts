import { articlePath, articleWithPullquote, listing, listingPage, site } from '../support/sampleContent';
import { expect, test, waitForApp } from '../support/test';

const koreas = listing('koreas');

test('a reader goes from the front page to News, Koreas and an article, and back', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(page).toHaveTitle(new RegExp(`^${site.name}`));
  await expect(page.getByRole('heading', { level: 1, name: 'Latest news' })).toBeVisible();

  const sections = page.getByRole('navigation', { name: 'Sections' });
  await sections.getByRole('link', { name: 'News', exact: true }).click();
  await expect(page).toHaveURL('/news');
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeFocused();
  await expect(page).toHaveTitle(`News | ${site.name}`);

  await page.getByRole('navigation', { name: 'In News' }).getByRole('link', { name: 'Koreas' }).click();
  await expect(page).toHaveURL('/news/koreas');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: 'News' })).toHaveAttribute('href', '/news');
  await expect(breadcrumb.getByText('Koreas')).toHaveAttribute('aria-current', 'page');

  const [first] = koreas;
  if (!first) throw new Error('no Koreas articles');
  await page.getByRole('link', { name: first.headline }).click();
  await expect(page).toHaveURL(articlePath(first));
  await expect(page.getByRole('heading', { level: 1, name: first.headline })).toBeFocused();
  await expect(page).toHaveTitle(`${first.headline} | ${site.name}`);
  // The focused heading names the page; announcing the title as well would say it twice.
  await expect(page.locator('[aria-live="polite"]')).toHaveText('');

  await page.goBack();
  await expect(page).toHaveURL('/news/koreas');
  await expect(page.getByRole('heading', { level: 1, name: 'Koreas' })).toBeVisible();
  await expect(page).toHaveTitle(`Koreas | ${site.name}`);
});

test('an article shows its hero photo with caption and credit, its pull quote and its byline', async ({
  page,
}) => {
  const article = articleWithPullquote;
  await page.goto(articlePath(article));
  await waitForApp(page);

  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
  if (article.standfirst) await expect(page.getByText(article.standfirst, { exact: true })).toBeVisible();

  const hero = page.locator('article figure').first();
  const heroImage = hero.getByRole('img', { name: article.image?.alt });
  await expect(heroImage).toHaveAttribute('width', /\d+/);
  await expect(heroImage).toHaveAttribute('height', /\d+/);
  await expect(heroImage).toHaveJSProperty('complete', true);
  await expect(hero.locator('figcaption')).toContainText(`Photo by ${article.image?.credit ?? ''}`);

  const pullquote = article.body.find((block) => block.type === 'pullquote');
  // The attribution is the figure's own caption, so it names the figure for assistive technology.
  const quoteFigure = page.getByRole('figure', { name: pullquote?.attribution, exact: true });
  await expect(quoteFigure.locator('blockquote')).toContainText(pullquote?.text ?? '');
  await expect(quoteFigure.locator(':scope > figcaption')).toHaveText(pullquote?.attribution ?? '');

  await expect(page.locator('article time').first()).toHaveAttribute('datetime', article.publishedAt);
  await expect(page.getByRole('heading', { name: /^More from / })).toBeVisible();
});

test('reloading a deep article address shows the same article', async ({ page }) => {
  const article = koreas[3];
  if (!article) throw new Error('not enough Koreas articles');
  await page.goto(articlePath(article));
  await waitForApp(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
  await expect(page).toHaveTitle(`${article.headline} | ${site.name}`);
});

test('the second page of Koreas lists the older articles, survives a reload and links back', async ({
  page,
}) => {
  await page.goto('/news/koreas');
  await waitForApp(page);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Latest');
  await page.getByRole('link', { name: 'Older →' }).click();
  await expect(page).toHaveURL('/news/koreas/page/2');

  await page.reload();
  // The archive's oldest page: the oldest 20 stories, newest first.
  const list = page.getByRole('list', { name: 'Koreas articles' });
  await expect(list.getByRole('listitem')).toHaveCount(listingPage(koreas, 2).length);
  await expect(list.getByRole('heading').first()).toHaveText(listingPage(koreas, 2)[0]?.headline ?? '');
  await expect(list.getByRole('heading').last()).toHaveText(koreas.at(-1)?.headline ?? '');
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2');
  await expect(page).toHaveTitle(`Koreas, page 2 | ${site.name}`);

  await page.getByRole('link', { name: '← Newer' }).click();
  await expect(page).toHaveURL('/news/koreas');
});

test('the older `?page=2` form of a page address still loads that page', async ({ page }) => {
  await page.goto('/news/koreas?page=2');
  await waitForApp(page);
  await expect(page.getByRole('navigation', { name: 'Pages' })).toContainText('Page 2');
  await expect(page.getByRole('list', { name: 'Koreas articles' }).getByRole('heading').first()).toHaveText(
    listingPage(koreas, 2)[0]?.headline ?? '',
  );
});

test('the footer lists the site’s mirrors, each at the front page from the front page', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  const footer = page.getByRole('contentinfo');
  for (const mirror of site.mirrors ?? []) {
    await expect(footer.getByRole('link', { name: new URL(mirror).host })).toHaveAttribute(
      'href',
      new URL('/', mirror).toString(),
    );
  }
});
