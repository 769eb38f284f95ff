import type { SiteSource } from '../features/content/contract/schema.ts';
import type { ListedArticle } from './listedArticle.ts';
import { absoluteUrl } from '../features/content/contract/siteAddress.ts';
import type { DocumentPlan } from './documentPlan.ts';

/** The sitemap protocol's limit of URLs per file; a longer list is split into numbered files. */
export const SITEMAP_URL_LIMIT = 50_000;
/** Search engines read a news sitemap of the last two days, at most 1,000 articles. */
export const NEWS_SITEMAP_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;
const HOUR = 3_600_000;

export const sitemapPaths = {
  index: () => '/sitemap.xml',
  /** Everything but articles: the front page, sections, topics, authors and the site's own pages. */
  pages: () => '/sitemaps/pages.xml',
  /** The articles first published in one UTC month. */
  month: (month: string) => `/sitemaps/articles-${month}.xml`,
  news: () => '/sitemaps/news.xml',
};

export const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char] ?? char,
  );

export type SitemapEntry = { path: string; lastModified?: string };
type ArticleEntry = { article: ListedArticle; path: string };

const iso = (instant: string) => new Date(instant).toISOString();

function urlset(site: SiteSource, entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ path, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${iso(lastModified)}</lastmod>` : '';
    return `  <url><loc>${escapeXml(absoluteUrl(site.url, path))}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** `file` itself when the entries fit in one, else `file` numbered `-1`, `-2` … past the limit. */
function split<T>(file: string, entries: readonly T[], limit: number): [string, T[]][] {
  if (entries.length <= limit) return [[file, [...entries]]];
  const parts: [string, T[]][] = [];
  for (let start = 0; start < entries.length; start += limit) {
    parts.push([
      file.replace(/\.xml$/, `-${String(start / limit + 1)}.xml`),
      entries.slice(start, start + limit),
    ]);
  }
  return parts;
}

/** The UTC month of an instant, `2026-11`. */
const monthOf = (instant: string) => new Date(instant).toISOString().slice(0, 7);

/** The language as a news sitemap names it: ISO 639, with Chinese's script (`zh-cn`, `zh-tw`). */
function newsLanguage(language: string): string {
  const lower = language.toLowerCase();
  if (lower.startsWith('zh')) return /hant|tw|hk|mo/.test(lower) ? 'zh-tw' : 'zh-cn';
  return lower.split('-')[0] ?? lower;
}

/**
 * The news sitemap: articles published in the NEWS_SITEMAP_HOURS before the
 * newest one (counted from the content, never the build's clock, so the same
 * content gives the same file), at most NEWS_SITEMAP_LIMIT, newest first.
 */
function newsSitemap(site: SiteSource, newestFirst: readonly ArticleEntry[]): string {
  const newest = newestFirst[0];
  const since = newest ? Date.parse(newest.article.publishedAt) - NEWS_SITEMAP_HOURS * HOUR : 0;
  const recent = newestFirst
    .filter(({ article }) => Date.parse(article.publishedAt) >= since)
    .slice(0, NEWS_SITEMAP_LIMIT);
  const urls = recent.map(({ article, path }) =>
    [
      '  <url>',
      `    <loc>${escapeXml(absoluteUrl(site.url, path))}</loc>`,
      '    <news:news>',
      '      <news:publication>',
      `        <news:name>${escapeXml(site.name)}</news:name>`,
      `        <news:language>${escapeXml(newsLanguage(site.language))}</news:language>`,
      '      </news:publication>',
      `      <news:publication_date>${iso(article.publishedAt)}</news:publication_date>`,
      `      <news:title>${escapeXml(article.headline)}</news:title>`,
      '    </news:news>',
      '  </url>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * A sitemap of articles not made yet (DocumentPlan), by its path from the site
 * root: what it lists is all in its articles' files (their address and
 * dates) and site.json, so a publish makes only the months whose articles changed.
 */
export type SitemapPlan = DocumentPlan<{ file: string }, string>;

const lastModifiedOf = ({ article }: ArticleEntry) => article.updatedAt ?? article.publishedAt;

/**
 * The sitemaps, keyed by their path from the site root: `/sitemap.xml`, an
 * index of one sitemap of pages, one per UTC month of articles (by first
 * publication, so an article never moves between months) and the news
 * sitemap. A new article changes its month's file, the news sitemap, the
 * pages' (its listings' page counts) and the index, never an older month's.
 * The months' files come as plans (SitemapPlan), the rest made.
 */
export function planSitemaps(
  site: SiteSource,
  pages: readonly SitemapEntry[],
  newestFirst: readonly ArticleEntry[],
  limit = SITEMAP_URL_LIMIT,
): { files: Map<string, string>; plans: SitemapPlan[] } {
  const byMonth = new Map<string, ArticleEntry[]>();
  // Oldest first within a month, so a new article is added at the end.
  for (let index = newestFirst.length - 1; index >= 0; index -= 1) {
    const entry = newestFirst[index];
    if (!entry) continue;
    const month = monthOf(entry.article.publishedAt);
    const entries = byMonth.get(month) ?? [];
    entries.push(entry);
    byMonth.set(month, entries);
  }
  const pageParts = split(sitemapPaths.pages(), pages, limit);
  const monthParts = [...byMonth.keys()]
    .sort()
    .flatMap((month) => split(sitemapPaths.month(month), byMonth.get(month) ?? [], limit));
  const files = new Map<string, string>(pageParts.map(([file, entries]) => [file, urlset(site, entries)]));
  const plans = monthParts.map(([file, entries]): SitemapPlan => ({
    file,
    inputs: { file },
    shows: entries.map(({ article }) => article.id),
    make: () =>
      urlset(
        site,
        entries.map((entry) => ({ path: entry.path, lastModified: lastModifiedOf(entry) })),
      ),
  }));
  files.set(sitemapPaths.news(), newsSitemap(site, newestFirst));
  /** The newest of some dates, each parsed once (a month's file lists thousands). */
  const newestOf = (dates: readonly (string | undefined)[]) => {
    let newest: string | undefined;
    let newestInstant = -Infinity;
    for (const date of dates) {
      const instant = date === undefined ? NaN : Date.parse(date);
      if (instant > newestInstant) {
        newest = date;
        newestInstant = instant;
      }
    }
    return newest;
  };
  const listed = [
    ...pageParts.map(([file, entries]) => ({
      file,
      lastModified: newestOf(entries.map(({ lastModified }) => lastModified)),
    })),
    ...monthParts.map(([file, entries]) => ({ file, lastModified: newestOf(entries.map(lastModifiedOf)) })),
    { file: sitemapPaths.news(), lastModified: newestFirst[0]?.article.publishedAt },
  ];
  const sitemaps = listed.map(({ file, lastModified }) => {
    const lastmod = lastModified ? `<lastmod>${iso(lastModified)}</lastmod>` : '';
    return `  <sitemap><loc>${escapeXml(absoluteUrl(site.url, file))}</loc>${lastmod}</sitemap>`;
  });
  files.set(
    sitemapPaths.index(),
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join('\n')}\n</sitemapindex>\n`,
  );
  return { files, plans };
}

/** Every sitemap made, keyed by its path from the site root (planSitemaps). */
export function sitemapFiles(...args: Parameters<typeof planSitemaps>): Map<string, string> {
  const { files, plans } = planSitemaps(...args);
  for (const plan of plans) files.set(plan.file, plan.make());
  return files;
}
