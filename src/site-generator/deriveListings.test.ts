// @vitest-environment node
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { contentPaths } from '../features/content/contract/paths';
import { frontPageSchema, sectionPageSchema, type SectionPage } from '../features/content/contract/schema';
import {
  articlesInSection,
  hoursAfterBase,
  section,
  siteSource,
  validatedArticle,
} from '../testing/contentFixtures';
import { deriveListings } from './deriveListings';
import { siteShape } from './siteShape';

const listingsOf = (...content: Parameters<typeof siteShape>) => deriveListings(siteShape(...content));

type Documents = ReturnType<typeof deriveListings>;

function sectionPage(documents: Documents, sectionId: string, page = 1): SectionPage {
  const document = documents.get(contentPaths.sectionPage(sectionId, page));
  if (!document || !('section' in document)) throw new Error(`no page ${String(page)} of ${sectionId}`);
  return document;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

const oneSectionSite = siteSource([section('news')]);
const nestedSite = siteSource([
  section('news'),
  section('world', 'news'),
  section('koreas', 'world'),
  section('sport'),
  section('culture'),
]);

describe('deriveListings section pages', () => {
  it('lists articles newest first, comparing instants rather than local clock times', () => {
    const articles = [
      validatedArticle({ id: 'seoul-morning', publishedAt: '2026-11-28T09:00:00+09:00' }),
      validatedArticle({ id: 'london-night', publishedAt: '2026-11-28T01:00:00Z' }),
      validatedArticle({ id: 'yesterday', publishedAt: '2026-11-27T23:00:00Z' }),
    ];

    const page = sectionPage(listingsOf(oneSectionSite, articles), 'news');

    expect(ids(page.items)).toEqual(['london-night', 'seoul-morning', 'yesterday']);
  });

  it('orders articles published at the same moment by id', () => {
    const publishedAt = hoursAfterBase(0);
    const articles = ['charlie', 'alpha', 'bravo'].map((id) => validatedArticle({ id, publishedAt }));

    const page = sectionPage(listingsOf(oneSectionSite, articles), 'news');

    expect(ids(page.items)).toEqual(['alpha', 'bravo', 'charlie']);
  });

  it('puts the newest 20 on the first page, with the totals, and the archive in full pages from the oldest', () => {
    const documents = listingsOf(oneSectionSite, articlesInSection('news', 45));

    const pages = [1, 2, 3].map((page) => sectionPage(documents, 'news', page));

    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 20]);
    expect(pages.map((page) => [page.page, page.totalPages, page.totalArticles, page.newerPage])).toEqual([
      [1, 3, 45, undefined],
      [2, undefined, undefined, 3],
      [3, undefined, undefined, 1],
    ]);
    expect(documents.has(contentPaths.sectionPage('news', 4))).toBe(false);
  });

  it('keeps an archive page as it was when stories are published', () => {
    const articles = articlesInSection('news', 45);
    const before = listingsOf(oneSectionSite, articles);
    const after = listingsOf(oneSectionSite, [
      ...articles,
      validatedArticle({ id: 'newer', section: 'news', publishedAt: hoursAfterBase(1000) }),
    ]);

    expect(sectionPage(after, 'news', 2)).toEqual(sectionPage(before, 'news', 2));
    expect(sectionPage(after, 'news', 3)).toEqual(sectionPage(before, 'news', 3));
  });

  it('starts the archive at the oldest story once one is off the first page', () => {
    const documents = listingsOf(oneSectionSite, articlesInSection('news', 21));

    expect(ids(sectionPage(documents, 'news', 1).items).at(-1)).toBe('news-20');
    // The oldest 20, newest first: the story off the first page and the 19 before it.
    expect(ids(sectionPage(documents, 'news', 2).items)).toEqual(
      Array.from({ length: 20 }, (_, index) => `news-${String(index + 2)}`),
    );
  });

  it('fills exactly one page with exactly 20 articles', () => {
    const documents = listingsOf(oneSectionSite, articlesInSection('news', 20));

    expect(sectionPage(documents, 'news').totalPages).toBe(1);
    expect(documents.has(contentPaths.sectionPage('news', 2))).toBe(false);
  });

  it('lists the articles of child and grandchild sections in the parent section', () => {
    const articles = [
      validatedArticle({ id: 'in-news', section: 'news', publishedAt: hoursAfterBase(3) }),
      validatedArticle({ id: 'in-world', section: 'world', publishedAt: hoursAfterBase(2) }),
      validatedArticle({ id: 'in-koreas', section: 'koreas', publishedAt: hoursAfterBase(1) }),
      validatedArticle({ id: 'in-sport', section: 'sport', publishedAt: hoursAfterBase(0) }),
    ];

    const documents = listingsOf(nestedSite, articles);

    expect(ids(sectionPage(documents, 'news').items)).toEqual(['in-news', 'in-world', 'in-koreas']);
    expect(ids(sectionPage(documents, 'world').items)).toEqual(['in-world', 'in-koreas']);
    expect(ids(sectionPage(documents, 'koreas').items)).toEqual(['in-koreas']);
  });

  it('gives a section without articles one empty page', () => {
    const documents = listingsOf(nestedSite, articlesInSection('news', 3));

    expect(sectionPage(documents, 'culture')).toEqual({
      section: 'culture',
      page: 1,
      totalPages: 1,
      totalArticles: 0,
      items: [],
    });
  });

  it('lists summaries with only the fields a listing needs, and the reading time', () => {
    const article = validatedArticle({
      standfirst: 'The short version.',
      updatedAt: '2026-11-29T10:00:00Z',
      byline: 'Min-ji Park',
      tags: ['harbours'],
      image: { src: 'images/a.jpg', alt: 'A harbour', width: 1200, height: 800, credit: 'Jo Lee' },
    });

    const [summary] = sectionPage(listingsOf(oneSectionSite, [article]), 'news').items;

    expect(summary).toEqual({
      id: article.id,
      section: 'news',
      headline: article.headline,
      standfirst: 'The short version.',
      publishedAt: article.publishedAt,
      updatedAt: '2026-11-29T10:00:00Z',
      image: { src: 'images/a.jpg', alt: 'A harbour', width: 1200, height: 800 },
      readingMinutes: 1,
    });
  });

  it('gives each summary the minutes its body takes to read', () => {
    const body = [{ type: 'paragraph' as const, text: Array.from({ length: 700 }, () => 'word').join(' ') }];

    const [summary] = sectionPage(listingsOf(oneSectionSite, [validatedArticle({ body })]), 'news').items;

    expect(summary?.readingMinutes).toBe(4);
  });

  it('leaves optional fields out of a summary when the article has none (the reading time is never missing)', () => {
    const [summary] = sectionPage(listingsOf(oneSectionSite, [validatedArticle()]), 'news').items;

    expect(Object.keys(summary ?? {}).sort()).toEqual([
      'headline',
      'id',
      'publishedAt',
      'readingMinutes',
      'section',
    ]);
  });
});

describe('deriveListings documents', () => {
  it('writes a front page and the pages of every section, and nothing else', () => {
    const documents = listingsOf(nestedSite, articlesInSection('news', 25));

    expect([...documents.keys()].sort()).toEqual([
      'front.json',
      'sections/culture/page-1.json',
      'sections/koreas/page-1.json',
      'sections/news/page-1.json',
      'sections/news/page-2.json',
      'sections/sport/page-1.json',
      'sections/world/page-1.json',
    ]);
  });

  it('writes documents that match the contract the browser checks', () => {
    const articles = [...articlesInSection('koreas', 30), ...articlesInSection('sport', 2)];

    const documents = [...listingsOf(nestedSite, articles)];

    for (const [name, document] of documents) {
      const schema = name === 'front.json' ? frontPageSchema : sectionPageSchema;
      expect(v.safeParse(schema, document).success, name).toBe(true);
    }
  });
});

describe('the size of a section page', () => {
  const SECTION_PAGE_BUDGET = 25_000;

  /** An archive of `count` articles with full-length listing fields: headline, standfirst, tags, a photo. */
  function archive(count: number) {
    return Array.from({ length: count }, (_, index) =>
      validatedArticle({
        id: `archive-item-${String(index)}`,
        section: 'news',
        headline: `Archive item ${String(index)}: ${'a long and detailed headline '.repeat(4)}`.trim(),
        standfirst: 'A standfirst that runs to two full sentences of context. '.repeat(4).trim(),
        publishedAt: new Date(Date.UTC(2026, 10, 29) - index * 3_600_000).toISOString(),
        image: {
          src: `images/archive-photo-${String(index % 50)}.jpg`,
          alt: 'A long description of what the picture shows, for readers who cannot see it. '
            .repeat(3)
            .trim(),
          width: 1600,
          height: 900,
        },
        tags: ['archive', 'measurement', 'generated'],
      }),
    );
  }

  const pageOneBytes = (count: number) =>
    gzipSync(JSON.stringify(sectionPage(listingsOf(oneSectionSite, archive(count)), 'news'))).length;

  it('stays within 25 KB gzip and does not grow with the archive', () => {
    const small = pageOneBytes(40);
    const large = pageOneBytes(20_000);

    expect(large).toBeLessThanOrEqual(SECTION_PAGE_BUDGET);
    // Only the counts in the page header grow, by a digit or two.
    expect(Math.abs(large - small)).toBeLessThan(50);
  });
});
