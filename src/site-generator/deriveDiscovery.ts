import { feedPaths, pagePaths } from '../features/content/contract/paths.ts';
import type { SiteSource } from '../features/content/contract/schema.ts';
import type { ListedArticle } from './listedArticle.ts';
import { absoluteUrl } from '../features/content/contract/siteAddress.ts';
import { escapeXml, planSitemaps, type SitemapEntry, type SitemapPlan } from './sitemaps.ts';
import { topicFeeds, topicPages } from './deriveTopics.ts';
import type { SiteShape } from './siteShape.ts';

const FEED_ITEMS = 20;

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
    items: readonly ListedArticle[];
    articlePath: (article: ListedArticle) => string;
    sectionTitle: (article: ListedArticle) => string;
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
 * The sitemaps (sitemaps.ts: every page but /saved and the not-found page, and the news sitemap), robots.txt and
 * an RSS 2.0 feed for the site and for every section, topic and author (articles only: the
 * site's own pages are in no feed), keyed by their path from the site root; the
 * months' sitemaps as plans, for a publish to make only those that changed.
 */
export function planDiscovery(shape: SiteShape): { files: Map<string, string>; plans: SitemapPlan[] } {
  const { site, tree, articles, listings, articlePath } = shape;
  const sectionTitle = (article: ListedArticle) => tree[article.section]?.title ?? '';
  const inSection = (id: string) => listings.get(id) ?? [];

  const pages: SitemapEntry[] = [{ path: pagePaths.front(), lastModified: articles[0]?.publishedAt }];
  for (const section of Object.values(tree)) {
    for (let page = 1; page <= shape.pageCount(section.id); page += 1) {
      pages.push({ path: pagePaths.section(section.path, page) });
    }
  }
  for (const page of shape.pages) {
    pages.push({
      path: pagePaths.page(page.id),
      ...(page.updatedAt ? { lastModified: page.updatedAt } : {}),
    });
  }
  for (const { url } of topicPages(shape)) pages.push({ path: url });

  const { files, plans } = planSitemaps(
    site,
    pages,
    articles.map((article) => ({ article, path: articlePath(article) })),
  );
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
  return { files, plans };
}

/** Every discovery file made (planDiscovery), keyed by its path from the site root. */
export function deriveDiscovery(shape: SiteShape): Map<string, string> {
  const { files, plans } = planDiscovery(shape);
  for (const plan of plans) files.set(plan.file, plan.make());
  return files;
}
