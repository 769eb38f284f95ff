import { feedPaths, pagePaths } from '../features/content/contract/paths.ts';
import type { Article, SiteSource } from '../features/content/contract/schema.ts';
import { absoluteUrl } from '../features/content/contract/siteAddress.ts';
import { topicFeeds, topicPages } from './deriveTopics.ts';
import type { SiteShape } from './siteShape.ts';

/** The sitemap protocol's limit of URLs per file; past it the build writes an index. */
export const SITEMAP_URL_LIMIT = 50_000;
const FEED_ITEMS = 20;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char] ?? char,
  );

type SitemapEntry = { path: string; lastModified?: string };

function urlset(site: SiteSource, entries: SitemapEntry[]): string {
  const urls = entries.map(({ path, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${new Date(lastModified).toISOString()}</lastmod>` : '';
    return `  <url><loc>${escapeXml(absoluteUrl(site.url, path))}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** `/sitemap.xml`, or an index of `/sitemaps/sitemap-N.xml` files when there are too many URLs for one. */
export function sitemapFiles(
  site: SiteSource,
  entries: SitemapEntry[],
  limit = SITEMAP_URL_LIMIT,
): Map<string, string> {
  if (entries.length <= limit) return new Map([['/sitemap.xml', urlset(site, entries)]]);
  const files = new Map<string, string>();
  for (let start = 0; start < entries.length; start += limit) {
    files.set(
      `/sitemaps/sitemap-${String(start / limit + 1)}.xml`,
      urlset(site, entries.slice(start, start + limit)),
    );
  }
  const sitemaps = [...files.keys()].map(
    (path) => `  <sitemap><loc>${escapeXml(absoluteUrl(site.url, path))}</loc></sitemap>`,
  );
  files.set(
    '/sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join('\n')}\n</sitemapindex>\n`,
  );
  return files;
}

function rssFeed(
  site: SiteSource,
  {
    title,
    path,
    feedPath,
    items,
    articlePath,
    sectionTitle,
  }: {
    title: string;
    path: string;
    feedPath: string;
    items: readonly Article[];
    articlePath: (article: Article) => string;
    sectionTitle: (article: Article) => string;
  },
): string {
  const absolute = (target: string) => escapeXml(absoluteUrl(site.url, target));
  const entries = items.map((article) => {
    const link = absolute(articlePath(article));
    return [
      '    <item>',
      `      <title>${escapeXml(article.headline)}</title>`,
      `      <link>${link}</link>`,
      `      <guid isPermaLink="true">${link}</guid>`,
      `      <pubDate>${new Date(article.publishedAt).toUTCString()}</pubDate>`,
      article.standfirst ? `      <description>${escapeXml(article.standfirst)}</description>` : '',
      `      <category>${escapeXml(sectionTitle(article))}</category>`,
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  const newest = items[0];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(title)}</title>`,
    `    <link>${absolute(path)}</link>`,
    `    <description>${escapeXml(site.description)}</description>`,
    `    <language>${escapeXml(site.language)}</language>`,
    // The newest item's date, not the build's: the same content always gives the same feed.
    newest ? `    <lastBuildDate>${new Date(newest.publishedAt).toUTCString()}</lastBuildDate>` : '',
    `    <atom:link href="${absolute(feedPath)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * sitemap.xml (every page but /saved and the not-found page), robots.txt and
 * an RSS 2.0 feed for the site and for every section, topic and author (articles only: the
 * site's own pages are in no feed), keyed by their path from the site root.
 */
export function deriveDiscovery(shape: SiteShape): Map<string, string> {
  const { site, tree, articles, listings, articlePath } = shape;
  const sectionTitle = (article: Article) => tree[article.section]?.title ?? '';
  const inSection = (id: string) => listings.get(id) ?? [];

  const entries: SitemapEntry[] = [{ path: pagePaths.front(), lastModified: articles[0]?.publishedAt }];
  for (const section of Object.values(tree)) {
    for (let page = 1; page <= shape.pageCount(section.id); page += 1) {
      entries.push({ path: pagePaths.section(section.path, page) });
    }
  }
  for (const page of shape.pages) {
    entries.push({
      path: pagePaths.page(page.id),
      ...(page.updatedAt ? { lastModified: page.updatedAt } : {}),
    });
  }
  for (const { url } of topicPages(shape)) entries.push({ path: url });
  for (const article of articles) {
    entries.push({ path: articlePath(article), lastModified: article.updatedAt ?? article.publishedAt });
  }

  const files = sitemapFiles(site, entries);
  files.set('/robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site.url, '/sitemap.xml')}\n`);
  const feed = { articlePath, sectionTitle };
  files.set(
    feedPaths.site(),
    rssFeed(site, {
      ...feed,
      title: site.name,
      path: '/',
      feedPath: feedPaths.site(),
      items: articles.slice(0, FEED_ITEMS),
    }),
  );
  for (const section of Object.values(tree)) {
    files.set(
      feedPaths.section(section.id),
      rssFeed(site, {
        ...feed,
        title: `${section.title} | ${site.name}`,
        path: section.path,
        feedPath: feedPaths.section(section.id),
        items: inSection(section.id).slice(0, FEED_ITEMS),
      }),
    );
  }
  for (const topicFeed of topicFeeds(shape, site.name, FEED_ITEMS)) {
    files.set(topicFeed.feedPath, rssFeed(site, { ...feed, ...topicFeed }));
  }
  return files;
}
