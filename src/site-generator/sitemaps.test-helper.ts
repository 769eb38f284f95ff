import { XMLParser } from 'fast-xml-parser';
import { sitemapPaths } from './sitemaps';

const parser = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

type Url = { loc: string; lastmod?: string };

/** Every URL of the site's sitemaps (not the news sitemap), found through the index as a crawler finds them. */
export function sitemapUrls(files: ReadonlyMap<string, string>, siteUrl: string): Url[] {
  const index = parser.parse(files.get(sitemapPaths.index()) ?? '') as {
    sitemapindex: { sitemap: { loc: string }[] };
  };
  return index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const file = new URL(loc).pathname.slice(new URL(siteUrl).pathname.replace(/\/$/, '').length);
    if (file === sitemapPaths.news()) return [];
    const { urlset } = parser.parse(files.get(file) ?? '') as { urlset: { url: Url[] } };
    return urlset.url;
  });
}
