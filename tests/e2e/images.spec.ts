import { get } from 'node:http';
import { gunzipSync, constants as zlib } from 'node:zlib';
import { parse } from 'node-html-parser';
import { articlePath, articles, type SampleArticle } from '../support/sampleContent';
import { expect, expectNoAxeViolations, test, waitForApp, waitForImages } from '../support/test';

function sampleWhere(description: string, matches: (article: SampleArticle) => boolean): SampleArticle {
  const found = articles.find(matches);
  if (!found) throw new Error(`the sample content has no article with ${description}`);
  return found;
}

const photoHero = sampleWhere('a photo hero and a photo in its body', (article) =>
  Boolean(
    article.image?.src.endsWith('.jpg') &&
    article.body.some((block) => block.type === 'image' && block.src?.endsWith('.jpg')),
  ),
);
const svgHero = sampleWhere('an SVG hero', (article) => Boolean(article.image?.src.endsWith('.svg')));

/** The first `limit` bytes of a page as nginx sends it gzipped, decompressed as far as they go. */
function gzipPrefix(url: string, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      expect(response.headers['content-encoding']).toBe('gzip');
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const prefix = Buffer.concat(chunks).subarray(0, limit);
        resolve(gunzipSync(prefix, { finishFlush: zlib.Z_SYNC_FLUSH }).toString('utf8'));
      });
    }).on('error', reject);
  });
}

test('a photo hero is a picture that loads an AVIF variant first, served as image/avif', async ({ page }) => {
  const avifResponse = page.waitForResponse((response) => response.url().endsWith('.avif'));
  await page.goto(articlePath(photoHero));
  await waitForApp(page);
  await waitForImages(page);

  const hero = page.locator('main article figure').first().getByRole('img', { name: photoHero.image?.alt });
  const picture = page.locator('main article figure picture').first();
  await expect(picture.locator('source')).toHaveCount(2);
  await expect(picture.locator('source').nth(0)).toHaveAttribute('type', 'image/avif');
  await expect(picture.locator('source').nth(1)).toHaveAttribute('type', 'image/webp');
  await expect(picture.locator('source').nth(0)).toHaveAttribute('srcset', /variants\/.+-320\.avif 320w/);
  await expect(hero).toHaveAttribute('fetchpriority', 'high');
  await expect(hero).toHaveAttribute('loading', 'eager');

  const currentSrc = await hero.evaluate((image: HTMLImageElement) => image.currentSrc);
  expect(currentSrc).toMatch(/\/content\/images\/variants\/[a-z0-9-]+-\d+\.avif$/);
  expect((await avifResponse).headers()['content-type']).toBe('image/avif');
});

test('a photo hero transfers fewer bytes than its original', async ({ page, request }) => {
  await page.goto(articlePath(photoHero));
  await waitForImages(page);
  const hero = page.locator('main article figure img').first();

  const transferred = await hero.evaluate((image: HTMLImageElement) => {
    const [entry] = performance.getEntriesByName(image.currentSrc) as PerformanceResourceTiming[];
    return entry?.encodedBodySize ?? 0;
  });
  const original = (await (await request.get(`/content/${photoHero.image?.src ?? ''}`)).body()).length;

  expect(transferred).toBeGreaterThan(0);
  expect(transferred).toBeLessThan(original / 2);
});

test('the hero keeps its true aspect ratio, so nothing shifts when it arrives', async ({ page }) => {
  await page.goto(articlePath(photoHero));
  await waitForImages(page);
  const hero = page.locator('main article figure img').first();

  const sizes = await hero.evaluate((image: HTMLImageElement) => ({
    declared: image.width / image.height,
    attributes: Number(image.getAttribute('width')) / Number(image.getAttribute('height')),
    natural: image.naturalWidth / image.naturalHeight,
  }));
  const box = await hero.boundingBox();

  expect(sizes.attributes).toBeCloseTo(sizes.natural, 2);
  expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(sizes.attributes, 1);
});

test('images below the fold load lazily, body photos as pictures too', async ({ page }) => {
  await page.goto(articlePath(photoHero));
  await waitForApp(page);

  const images = page.locator('main img');
  const count = await images.count();
  expect(count).toBeGreaterThan(2);
  for (let index = 1; index < count; index += 1) {
    await expect(images.nth(index)).toHaveAttribute('loading', 'lazy');
  }
  const bodyPhoto = page.locator('main article figure picture').nth(1);
  await expect(bodyPhoto.locator('source[type="image/avif"]')).toHaveAttribute('sizes', /40rem/);
});

for (const [name, viewport, variant] of [
  ['on a phone, its thumbnails', { width: 360, height: 780 }, /-320\.avif$/],
  ['at 1280 px, its grid of three', { width: 1280, height: 900 }, /-480\.avif$/],
] as const) {
  test(`a listing asks for the small variant that ${name} need`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/news/koreas');
    await waitForApp(page);
    const thumbnail = page.getByRole('list', { name: 'Koreas articles' }).locator('picture img').first();
    await thumbnail.scrollIntoViewIfNeeded();
    await expect(thumbnail).toHaveJSProperty('complete', true);

    expect(await thumbnail.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(variant);
  });
}

test('an SVG hero stays a plain image, loaded first', async ({ page }) => {
  await page.goto(articlePath(svgHero));
  await waitForApp(page);
  const hero = page.locator('main article figure img').first();

  await expect(hero).toHaveAttribute('src', `/content/${svgHero.image?.src ?? ''}`);
  await expect(hero).toHaveAttribute('fetchpriority', 'high');
  await expect(page.locator('main article figure').first().locator('picture')).toHaveCount(0);
});

test('the prerendered HTML already carries the picture, early in the first round trip', async ({
  request,
  baseURL,
}) => {
  const html = await (await request.get(articlePath(photoHero))).text();
  const document = parse(html);
  const picture = document.querySelector('main article figure picture');
  expect(picture?.querySelector('source[type="image/avif"]')?.getAttribute('srcset')).toMatch(/\.avif 320w/);
  expect(picture?.querySelector('source[type="image/webp"]')?.getAttribute('srcset')).toMatch(/\.webp 320w/);
  expect(picture?.querySelector('img')?.getAttribute('fetchpriority')).toBe('high');

  // About ten TCP segments: what the first round trip of a new connection can carry.
  const firstRoundTrip = await gzipPrefix(`${baseURL ?? ''}${articlePath(photoHero)}`, 14_600);
  const heroPicture = html.slice(html.indexOf('<picture>'), html.indexOf('</picture>') + '</picture>'.length);
  expect(heroPicture).toContain('fetchPriority="high"');
  expect(
    firstRoundTrip.includes(heroPicture),
    'the hero picture is within the first 14,600 gzipped bytes',
  ).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an article with photos has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(articlePath(photoHero));
    await waitForApp(page);
    await waitForImages(page);
    await expectNoAxeViolations(page);
  });
}
