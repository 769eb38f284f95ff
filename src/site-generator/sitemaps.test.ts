// @vitest-environment node
import { XMLParser } from 'fast-xml-parser';
import type { Article } from '../features/content/contract/schema';
import { siteSource, validatedArticle } from '../testing/contentFixtures';
import { NEWS_SITEMAP_HOURS, sitemapFiles, sitemapPaths } from './sitemaps';
import { sitemapUrls } from './sitemaps.test-helper';
import { listedArticle } from './listedArticle';

const site = siteSource();
const parser = new XMLParser({ isArray: (name) => ['url', 'sitemap'].includes(name) });

/** Articles at the given UTC instants, newest first as the site shape keeps them. */
function entries(...instants: string[]) {
  return instants
    .map((instant, index) =>
      validatedArticle({
        id: `story-${String(index)}`,
        headline: `Story ${String(index)}`,
        publishedAt: instant,
      }),
    )
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .map((article: Article) => ({ article: listedArticle(article), path: `/news/${article.id}` }));
}

const pages = [{ path: '/' }, { path: '/news' }];

describe('sitemapFiles', () => {
  it('indexes a sitemap of pages, one of articles per UTC month of publication, and the news sitemap', () => {
    const files = sitemapFiles(
      site,
      pages,
      entries('2026-10-31T23:30:00-02:00', '2026-11-02T10:00:00Z', '2026-09-15T10:00:00Z'),
    );

    const index = parser.parse(files.get(sitemapPaths.index()) ?? '') as {
      sitemapindex: { sitemap: { loc: string }[] };
    };
    expect(index.sitemapindex.sitemap.map((entry) => entry.loc)).toEqual([
      'https://news.example/sitemaps/pages.xml',
      'https://news.example/sitemaps/articles-2026-09.xml',
      // 23:30 on 31 October at -02:00 is 1 November in UTC.
      'https://news.example/sitemaps/articles-2026-11.xml',
      'https://news.example/sitemaps/news.xml',
    ]);
    expect(sitemapUrls(files, site.url).map((url) => url.loc)).toEqual([
      'https://news.example/',
      'https://news.example/news',
      'https://news.example/news/story-2',
      'https://news.example/news/story-0',
      'https://news.example/news/story-1',
    ]);
  });

  it('leaves every earlier month’s file as it was when a story is published', () => {
    const before = entries('2026-09-15T10:00:00Z', '2026-10-15T10:00:00Z', '2026-11-01T10:00:00Z');
    const after = entries(
      '2026-09-15T10:00:00Z',
      '2026-10-15T10:00:00Z',
      '2026-11-01T10:00:00Z',
      '2026-11-20T10:00:00Z',
    );

    const was = sitemapFiles(site, pages, before);
    const now = sitemapFiles(site, pages, after);

    const changed = [...now.keys()].filter((file) => was.get(file) !== now.get(file));
    expect(changed.sort()).toEqual([
      sitemapPaths.index(),
      sitemapPaths.month('2026-11'),
      sitemapPaths.news(),
    ]);
  });

  it('splits a list past the limit into numbered files', () => {
    const files = sitemapFiles(
      site,
      pages,
      entries('2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z', '2026-11-03T10:00:00Z'),
      2,
    );

    expect([...files.keys()].sort()).toEqual([
      sitemapPaths.index(),
      sitemapPaths.month('2026-11-1'),
      sitemapPaths.month('2026-11-2'),
      sitemapPaths.news(),
      sitemapPaths.pages(),
    ]);
    expect(sitemapUrls(files, site.url)).toHaveLength(5);
  });

  it(`lists in the news sitemap the stories of the ${String(NEWS_SITEMAP_HOURS)} hours before the newest, as news publishers’ sitemaps are read`, () => {
    const files = sitemapFiles(
      site,
      pages,
      entries('2026-11-30T12:00:00Z', '2026-11-28T12:00:00Z', '2026-11-28T11:59:59Z'),
    );

    const news = parser.parse(files.get(sitemapPaths.news()) ?? '') as {
      urlset: {
        url: {
          loc: string;
          'news:news': {
            'news:publication': { 'news:name': string; 'news:language': string };
            'news:publication_date': string;
            'news:title': string;
          };
        }[];
      };
    };
    expect(news.urlset.url.map((url) => url.loc)).toEqual([
      'https://news.example/news/story-0',
      'https://news.example/news/story-1',
    ]);
    const first = news.urlset.url[0]?.['news:news'];
    expect(first?.['news:publication']['news:name']).toBe(site.name);
    expect(first?.['news:publication']['news:language']).toBe(site.language.split('-')[0]?.toLowerCase());
    expect(first?.['news:publication_date']).toBe('2026-11-30T12:00:00.000Z');
    expect(first?.['news:title']).toBe('Story 0');
  });
});
