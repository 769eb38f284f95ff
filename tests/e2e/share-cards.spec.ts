import { articlePath, articles, listing, nth, site } from '../support/sampleContent';
import { shareCardOf } from '../support/shareCards';
import { expect, test, waitForApp } from '../support/test';

const svgHero = articles.find((article) => article.image?.src.endsWith('.svg'));
const jpegHero = articles.find((article) => article.image?.src.endsWith('.jpg'));
if (!svgHero || !jpegHero) throw new Error('the sample content lacks an SVG or a JPEG hero');
const cardUrl = (folder: string) => `${site.url}/share-cards/${folder}card.jpg`;

test.describe('link previews', () => {
  for (const [page, path, card, alt] of [
    [
      'an article with an SVG hero',
      articlePath(svgHero),
      cardUrl(`${articlePath(svgHero).slice(1)}/`),
      svgHero.image?.alt,
    ],
    [
      'an article with a JPEG hero',
      articlePath(jpegHero),
      cardUrl(`${articlePath(jpegHero).slice(1)}/`),
      jpegHero.image?.alt,
    ],
    ['a section', '/news/koreas', cardUrl('news/koreas/'), `${site.name}: Koreas`],
    ['a section’s second page', '/news/koreas/page/2', cardUrl('news/koreas/'), `${site.name}: Koreas`],
    ['the front page', '/', cardUrl(''), `${site.name}: ${site.description}`],
    ['a page of the site’s own', '/about', cardUrl('about/'), `${site.name}: About Broadsheet`],
  ] as const) {
    test(`${page} offers a 1200×630 JPEG card the server sends as declared`, async ({ request }) => {
      const { declared, served, bytes } = await shareCardOf(request, path);

      expect(declared.url).toBe(card);
      expect(declared.twitterUrl).toBe(card);
      expect(declared.type).toBe('image/jpeg');
      expect(declared.alt).toBe(alt);
      expect(served).toEqual({
        status: 200,
        type: 'image/jpeg',
        format: 'jpeg',
        width: declared.width,
        height: declared.height,
      });
      expect([declared.width, declared.height]).toEqual([1200, 630]);
      expect(bytes).toBeLessThanOrEqual(150_000);
    });
  }
});

test('after an in-app navigation the head offers the new page’s card', async ({ page }) => {
  const article = nth(listing('koreas'), 2);
  await page.goto('/news/koreas');
  await waitForApp(page);
  await page.getByRole('link', { name: article.headline }).click();
  await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();

  const image = page.locator('head meta[property="og:image"]');
  await expect(image).toHaveCount(1);
  await expect(image).toHaveAttribute('content', cardUrl(`${articlePath(article).slice(1)}/`));
  await expect(page.locator('head meta[property="og:image:alt"]')).toHaveAttribute(
    'content',
    article.image?.alt ?? '',
  );
});
