import type { APIRequestContext } from '@playwright/test';
import { parse } from 'node-html-parser';
import sharp from 'sharp';

/**
 * What a link preview crawler finds for a page: the picture its prerendered
 * HTML declares (address, size, type and alt text), and what the server
 * sends at that address, read from the bytes themselves. The declared
 * address is the site's public one; it is fetched from the test server at
 * the same path, so a card outside the base path is a 404 here too.
 */
export async function shareCardOf(request: APIRequestContext, pagePath: string) {
  const page = await request.get(pagePath);
  if (!page.ok()) throw new Error(`${pagePath}: status ${String(page.status())}`);
  const document = parse(await page.text());
  const meta = (key: string) =>
    document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  const url = meta('og:image') ?? '';
  const declared = {
    url,
    twitterUrl: meta('twitter:image'),
    type: meta('og:image:type'),
    width: Number(meta('og:image:width')),
    height: Number(meta('og:image:height')),
    alt: meta('og:image:alt'),
  };
  const card = await request.get(new URL(url).pathname);
  const bytes = await card.body();
  const { format, width, height } = await sharp(bytes).metadata();
  const served = { status: card.status(), type: card.headers()['content-type'], format, width, height };
  return { declared, served, bytes: bytes.length };
}
