import { describe, expect, it } from 'vitest';
import { toSite } from '@/features/content/site';
import { section, sectionNode, siteSource, validatedArticle } from '@/testing/contentFixtures';
import { articleStructuredData } from './structuredData';

const site = toSite({
  ...siteSource([section('news')]),
  pages: [],
  authors: [{ id: 'kim', name: 'Kim Min-ji', role: 'Seoul correspondent' }],
});
const news = sectionNode('news');

function authorOf(article: ReturnType<typeof validatedArticle>) {
  const [newsArticle] = articleStructuredData(site, article, news)['@graph'];
  return newsArticle && 'author' in newsArticle ? newsArticle.author : undefined;
}

describe('articleStructuredData', () => {
  it('names the article’s authors as Persons with the address of their page', () => {
    expect(authorOf(validatedArticle({ authors: ['kim'], byline: 'Our correspondent' }))).toEqual([
      { '@type': 'Person', name: 'Kim Min-ji', url: 'https://news.example/authors/kim' },
    ]);
  });

  it('falls back to the byline’s name, then to the publisher', () => {
    expect(authorOf(validatedArticle({ byline: 'A reader' }))).toEqual([
      { '@type': 'Person', name: 'A reader' },
    ]);
    expect(authorOf(validatedArticle())).toEqual([
      { '@type': 'Organization', name: 'Broadsheet', url: 'https://news.example/' },
    ]);
  });
});
