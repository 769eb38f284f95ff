import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { buildSectionTree } from '../features/content/contract/sectionTree';
import { siteSource, validatedArticle } from '../testing/contentFixtures';
import { deriveDiscovery } from './deriveDiscovery';
import { sitemapUrls } from './sitemaps.test-helper';
import { loadContent } from './loadContent';
import { siteShape } from './siteShape';

const discoveryOf = (...content: Parameters<typeof siteShape>) => deriveDiscovery(siteShape(...content));

const { site, articles } = await loadContent(path.resolve(import.meta.dirname, '../../public/content'));
const files = discoveryOf(site, articles);
const tree = buildSectionTree(site.sections);
const absolute = (target: string) => new URL(target, site.url).toString();
const articleUrl = (article: (typeof articles)[number]) =>
  absolute(`${tree[article.section]?.path ?? ''}/${article.id}`);
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'item', 'sitemap'].includes(name),
});

/** Well-formedness, checked by the browser's own XML parser (jsdom's). */
function expectWellFormed(xml: string) {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
}

function parsed(filePath: string) {
  const xml = files.get(filePath);
  if (xml === undefined) throw new Error(`no ${filePath}`);
  expectWellFormed(xml);
  return parser.parse(xml) as Record<string, unknown>;
}

type Rss = { rss: { '@_version': string; channel: { title: string; link: string; item: RssItem[] } } };
type RssItem = { title: string; link: string; guid: { '#text': string }; pubDate: string; category: string };

describe('the sitemap of the sample content', () => {
  const urls = sitemapUrls(files, site.url);
  const locs = urls.map((url) => url.loc);

  it('lists the front page, every section and every article once, as absolute URLs', () => {
    expect(locs).toContain(absolute('/'));
    for (const section of Object.values(tree)) expect(locs).toContain(absolute(section.path));
    for (const article of articles) expect(locs.filter((loc) => loc === articleUrl(article))).toHaveLength(1);
  });

  it('lists the later pages of long sections', () => {
    expect(locs).toContain(absolute('/news/koreas/page/2'));
  });

  it('dates each article by its last update', () => {
    for (const article of articles) {
      const entry = urls.find((url) => url.loc === articleUrl(article));
      expect(entry?.lastmod).toBe(new Date(article.updatedAt ?? article.publishedAt).toISOString());
    }
  });
});

describe('the feeds of the sample content', () => {
  it.each<[string, string | null]>([
    ['all', null],
    ...site.sections.map((section): [string, string] => [section.id, section.id]),
  ])(
    'the %s feed is RSS 2.0 with its 20 newest articles, each entry matching its article',
    (name, sectionId) => {
      const { rss } = parsed(`/feeds/${name}.xml`) as Rss;
      const isInFeed = (article: (typeof articles)[number]) =>
        sectionId === null || (tree[article.section]?.trail.some((step) => step.id === sectionId) ?? false);
      const expected = articles
        .filter(isInFeed)
        .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id))
        .slice(0, 20);

      expect(rss['@_version']).toBe('2.0');
      expect(rss.channel.item.map((item) => item.link)).toEqual(expected.map(articleUrl));
      rss.channel.item.forEach((item, index) => {
        const article = expected[index];
        expect(item.title).toBe(article?.headline);
        expect(item.guid['#text']).toBe(item.link);
        expect(Date.parse(item.pubDate)).toBe(
          Math.floor(Date.parse(article?.publishedAt ?? '') / 1000) * 1000,
        );
        expect(item.category).toBe(tree[article?.section ?? '']?.title);
      });
    },
  );

  it('names the sitemap in robots.txt', () => {
    expect(files.get('/robots.txt')).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
  });
});

describe('feeds', () => {
  it('escapes characters that are special in XML', () => {
    const site = siteSource();
    const xml = discoveryOf(site, [validatedArticle({ headline: 'Salt & <pepper> "quoted"' })]).get(
      '/feeds/all.xml',
    );

    expectWellFormed(xml ?? '');
    const { rss } = parser.parse(xml ?? '') as Rss;
    expect(rss.channel.item[0]?.title).toBe('Salt & <pepper> "quoted"');
  });
});
