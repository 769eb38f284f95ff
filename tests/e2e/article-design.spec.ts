import { articlePath, articles, articleWithPullquote } from '../support/sampleContent';
import { expect, test, waitForApp } from '../support/test';

/**
 * What the article's design promises, measured in the browser: a phone's
 * first screen reaches the picture, and the reader's text size grows the
 * whole hierarchy together.
 */

test.describe('on a 360 × 780 phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const article of articles) {
    test(`the first screen of ${article.id} shows its whole headline, its standfirst and the top of its hero`, async ({
      page,
    }) => {
      await page.goto(articlePath(article));
      await waitForApp(page);
      await page.evaluate(() => document.fonts.ready);
      const fold = 780;

      const headline = await page.getByRole('heading', { level: 1 }).boundingBox();
      expect(headline).not.toBeNull();
      expect((headline?.y ?? fold) + (headline?.height ?? 0)).toBeLessThanOrEqual(fold);
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeInViewport();
      if (article.standfirst) await expect(page.getByText(article.standfirst)).toBeInViewport();
      if (article.image) {
        const hero = await page.locator('main article figure img').first().boundingBox();
        expect(hero?.y, 'the hero starts inside the first screen').toBeLessThan(fold - 40);
      }
      // The dateline is one line.
      const dateline = page.locator('main article header p').last();
      const lineHeight = await dateline.evaluate((element) =>
        parseFloat(getComputedStyle(element).lineHeight),
      );
      expect((await dateline.boundingBox())?.height ?? 0).toBeLessThan(lineHeight * 2);
    });
  }
});

const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;

test('every text size keeps the hierarchy: headline > subhead > body, pull quote > body, and all of it grows together', async ({
  page,
}) => {
  await page.goto(articlePath(articleWithPullquote));
  await waitForApp(page);
  const sizes = [];
  for (const textSize of TEXT_SIZES) {
    await page.evaluate((size) => {
      document.documentElement.dataset.textSize = size;
    }, textSize);
    sizes.push(
      await page.evaluate(() => {
        const px = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) throw new Error(`no ${selector}`);
          return parseFloat(getComputedStyle(element).fontSize);
        };
        return {
          headline: px('main h1'),
          standfirst: px('main article header h1 + p'),
          subhead: px('main article h2'),
          body: px('main article p[id]'),
          pullquote: px('main article blockquote'),
          caption: px('main article figcaption'),
        };
      }),
    );
  }
  for (const [index, size] of sizes.entries()) {
    const name = TEXT_SIZES[index];
    expect(size.headline, name).toBeGreaterThan(size.subhead);
    expect(size.subhead, name).toBeGreaterThan(size.body);
    expect(size.pullquote, name).toBeGreaterThan(size.body);
    expect(size.standfirst, name).toBeGreaterThan(size.body);
    expect(size.body, name).toBeGreaterThan(size.caption);
    const smaller = sizes[index - 1];
    if (smaller) {
      for (const key of Object.keys(size) as (keyof typeof size)[]) {
        expect(size[key], `${key} grows from ${String(TEXT_SIZES[index - 1])} to ${name}`).toBeGreaterThan(
          smaller[key],
        );
      }
    }
  }
});
