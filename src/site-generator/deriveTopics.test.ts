// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { listingPaths } from '../features/content/contract/listingPaths';
import { pagePaths } from '../features/content/contract/paths';
import type { AuthorPage, SiteSource, TopicPage } from '../features/content/contract/schema';
import { hoursAfterBase, section, siteSource, validatedArticle } from '../testing/contentFixtures';
import { deriveDiscovery } from './deriveDiscovery';
import { deriveListings } from './deriveListings';
import { siteRoutes } from './siteRoutes';
import { siteShape } from './siteShape';
import { sitemapUrls } from './sitemaps.test-helper';

const site: SiteSource = {
  ...siteSource([section('news')]),
  topics: [
    { id: 'north-korea', title: 'North Korea', description: 'The North, its border and its neighbours.' },
  ],
  authors: [
    { id: 'kim', name: 'Kim Min-ji', role: 'Seoul correspondent', bio: 'Reports from Seoul.' },
    { id: 'idle', name: 'Idle Writer' },
  ],
};

/** `count` articles in News an hour apart, newest first, each with the given tags and authors. */
function articles(count: number, tags: string[], authors?: string[], prefix = 'story') {
  return Array.from({ length: count }, (_, index) =>
    validatedArticle({
      id: `${prefix}-${String(index + 1)}`,
      headline: `Story ${String(index + 1)}`,
      publishedAt: hoursAfterBase(-index),
      tags,
      ...(authors ? { authors } : {}),
    }),
  );
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

function topicPage(documents: ReturnType<typeof deriveListings>, topicId: string, page = 1): TopicPage {
  const document = documents.get(listingPaths.topicPage(topicId, page));
  if (!document || !('topic' in document)) throw new Error(`no page ${String(page)} of topic ${topicId}`);
  return document;
}

function authorPage(documents: ReturnType<typeof deriveListings>, authorId: string, page = 1): AuthorPage {
  const document = documents.get(listingPaths.authorPage(authorId, page));
  if (!document || !('author' in document)) throw new Error(`no page ${String(page)} of author ${authorId}`);
  return document;
}

describe('topics', () => {
  it('makes tags that give one id into one topic, with each article in it once', () => {
    const shape = siteShape(site, [
      validatedArticle({ id: 'a', publishedAt: hoursAfterBase(0), tags: ['Seoul', 'seoul!'] }),
      validatedArticle({ id: 'b', publishedAt: hoursAfterBase(-1), tags: ['SEOUL'] }),
    ]);

    expect([...shape.topics.keys()]).toEqual(['seoul']);
    expect(ids(shape.topics.get('seoul')?.articles ?? [])).toEqual(['a', 'b']);
  });

  it('titles an undescribed topic with the tag as written on its newest article', () => {
    const shape = siteShape(site, [
      validatedArticle({ id: 'old', publishedAt: hoursAfterBase(-5), tags: ['seoul'] }),
      validatedArticle({ id: 'new', publishedAt: hoursAfterBase(0), tags: ['Seoul'] }),
      // Same instant as "new": the tie goes by id, so "aa" counts as newest.
      validatedArticle({ id: 'aa', publishedAt: hoursAfterBase(0), tags: ['SEOUL'] }),
    ]);

    expect(shape.topics.get('seoul')?.topic).toEqual({ id: 'seoul', title: 'SEOUL' });
  });

  it('takes the title and description site.json gives a topic over the tag', () => {
    const shape = siteShape(site, articles(1, ['north korea']));

    expect(shape.topics.get('north-korea')?.topic).toEqual(site.topics?.[0]);
  });

  it('makes no page for a topic site.json describes but no tag uses', () => {
    const shape = siteShape(site, articles(1, ['seoul']));

    expect(shape.topics.has('north-korea')).toBe(false);
    expect(siteRoutes(shape).map((route) => route.url)).not.toContain(pagePaths.topic('north-korea'));
  });

  it('lists a topic newest first, 20 a page (the archive from the oldest), with the topic on every page', () => {
    const documents = deriveListings(siteShape(site, articles(45, ['North Korea']).reverse()));

    const first = topicPage(documents, 'north-korea');
    const third = topicPage(documents, 'north-korea', 3);
    expect(first).toMatchObject({ topic: site.topics?.[0], page: 1, totalPages: 3, totalArticles: 45 });
    expect(ids(first.items)).toEqual(ids(articles(20, [])));
    expect(third).toMatchObject({ topic: site.topics?.[0], page: 3, newerPage: 1 });
    expect(ids(third.items)).toEqual(Array.from({ length: 20 }, (_, index) => `story-${String(index + 6)}`));
    expect(documents.has(listingPaths.topicPage('north-korea', 4))).toBe(false);
  });

  it('keeps a topic page small whatever the archive size', () => {
    const long = 'A headline long enough to fill two lines of a card at any width '.repeat(3);
    const archive = Array.from({ length: 2000 }, (_, index) =>
      validatedArticle({
        id: `story-${String(index)}`,
        headline: `${long}${String(index)}`,
        standfirst: long.repeat(4),
        publishedAt: hoursAfterBase(-index),
        tags: ['Seoul'],
        image: { src: 'images/a-picture.jpg', alt: long, width: 1200, height: 800, caption: long },
      }),
    );
    const page = topicPage(deriveListings(siteShape(site, archive)), 'seoul', 50);

    expect(page.items).toHaveLength(20);
    expect(gzipSync(JSON.stringify(page)).byteLength).toBeLessThan(25_000);
  });
});

describe('authors', () => {
  it('lists an author’s articles newest first, and an author with none on one empty page', () => {
    const documents = deriveListings(
      siteShape(site, [...articles(21, ['Seoul'], ['kim']), ...articles(2, ['Seoul'], undefined, 'other')]),
    );

    expect(authorPage(documents, 'kim')).toMatchObject({ author: site.authors?.[0], totalPages: 2 });
    expect(ids(authorPage(documents, 'kim', 2).items)).toEqual(
      Array.from({ length: 20 }, (_, index) => `story-${String(index + 2)}`),
    );
    expect(authorPage(documents, 'idle')).toMatchObject({ totalPages: 1, totalArticles: 0, items: [] });
  });

  it('gives every topic and author page a prerendered route with the data it reads', () => {
    const routes = siteRoutes(siteShape(site, articles(21, ['Seoul'], ['kim'])));

    expect(routes).toContainEqual({
      url: '/topics/seoul/page/2',
      file: 'topics/seoul/page/2/index.html',
      data: [{ kind: 'topicPage', topic: 'seoul', page: 2 }],
    });
    expect(routes).toContainEqual({
      url: '/authors/idle',
      file: 'authors/idle/index.html',
      data: [{ kind: 'authorPage', author: 'idle', page: 1 }],
    });
  });
});

describe('discovery', () => {
  const files = deriveDiscovery(siteShape(site, articles(25, ['North Korea'], ['kim'])));
  const parser = new XMLParser({ isArray: (name) => ['url', 'item'].includes(name) });

  it('lists every topic and author page in the sitemap', () => {
    const locs = sitemapUrls(files, 'https://news.example').map((url) => url.loc);

    expect(locs).toEqual(
      expect.arrayContaining([
        'https://news.example/topics/north-korea',
        'https://news.example/topics/north-korea/page/2',
        'https://news.example/authors/kim',
        'https://news.example/authors/kim/page/2',
        'https://news.example/authors/idle',
      ]),
    );
  });

  it('writes a feed per topic and author, its 20 newest articles, named after it', () => {
    type Feed = { rss: { channel: { title: string; link: string; item?: { title: string }[] } } };
    const topic = parser.parse(files.get(listingPaths.topicFeed('north-korea')) ?? '') as Feed;
    const author = parser.parse(files.get(listingPaths.authorFeed('kim')) ?? '') as Feed;
    const idle = parser.parse(files.get(listingPaths.authorFeed('idle')) ?? '') as Feed;

    expect(topic.rss.channel.title).toBe(`North Korea | ${site.name}`);
    expect(topic.rss.channel.link).toBe('https://news.example/topics/north-korea');
    expect(topic.rss.channel.item?.map((item) => item.title)).toEqual(
      articles(20, []).map((a) => a.headline),
    );
    expect(author.rss.channel.title).toBe(`Kim Min-ji | ${site.name}`);
    expect(author.rss.channel.item).toHaveLength(20);
    expect(idle.rss.channel.item).toBeUndefined();
  });
});
