import type { APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

/**
 * Every address the served sitemaps list, read as a crawler reads them: the
 * index at `sitemap.xml`, then each sitemap it names (the news sitemap too).
 * `siteUrl` is the site's address, whose path the sitemaps' own addresses
 * start with; `servedAt` where the build is served (the test's own base URL
 * when left out).
 */
export async function sitemapLocations(
  request: APIRequestContext,
  siteUrl: string,
  servedAt = '',
): Promise<string[]> {
  const index = parser.parse(await (await request.get(`${servedAt}sitemap.xml`)).text()) as {
    sitemapindex: { sitemap: { loc: string }[] };
  };
  const basePath = new URL(siteUrl).pathname.replace(/\/?$/, '/');
  const locations: string[] = [];
  for (const { loc } of index.sitemapindex.sitemap) {
    // Relative to the request's base URL, which is the site's own base path.
    const relative = new URL(loc).pathname.slice(basePath.length);
    const { urlset } = parser.parse(await (await request.get(`${servedAt}${relative}`)).text()) as {
      urlset: { url: { loc: string }[] };
    };
    locations.push(...urlset.url.map((url) => url.loc));
  }
  return locations;
}
