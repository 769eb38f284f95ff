// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { contentPaths } from '../features/content/contract/paths';
import { articleLinksSchema, type Article, type ArticleLinks } from '../features/content/contract/schema';
import { hoursAfterBase, section, siteSource, validatedArticle } from '../testing/contentFixtures';
import { deriveArticleLinks } from './deriveArticleLinks';
import { siteShape } from './siteShape';

const site = siteSource([section('news'), section('koreas', 'news'), section('culture')]);

function story(id: string, hour: number, sectionId: string): Article {
  return validatedArticle({ id, section: sectionId, publishedAt: hoursAfterBase(hour) });
}

function linksOf(articles: Article[], id: string): ArticleLinks {
  const links = deriveArticleLinks(siteShape(site, articles)).get(contentPaths.articleLinks(id));
  if (!links) throw new Error(`no links for ${id}`);
  return links;
}

const neighbourIds = ({ previous, next }: ArticleLinks) => ({ previous: previous?.id, next: next?.id });

describe('deriveArticleLinks previous and next', () => {
  const articles = [
    story('news-oldest', 1, 'news'),
    story('koreas-a', 2, 'koreas'),
    story('culture-only', 3, 'culture'),
    story('news-middle', 4, 'news'),
    story('koreas-b', 5, 'koreas'),
    story('news-newest', 6, 'news'),
  ];

  it('links the stories just before and after an article in its section, its child sections’ included', () => {
    expect(neighbourIds(linksOf(articles, 'news-middle'))).toEqual({
      previous: 'koreas-a',
      next: 'koreas-b',
    });
  });

  it('gives a child section’s article its neighbours in that section alone', () => {
    expect(neighbourIds(linksOf(articles, 'koreas-a'))).toEqual({ previous: undefined, next: 'koreas-b' });
  });

  it('shows only the one that exists at either end of a section', () => {
    expect(linksOf(articles, 'news-oldest')).not.toHaveProperty('previous');
    expect(neighbourIds(linksOf(articles, 'news-oldest'))).toEqual({ previous: undefined, next: 'koreas-a' });
    expect(linksOf(articles, 'news-newest')).not.toHaveProperty('next');
    expect(neighbourIds(linksOf(articles, 'news-newest'))).toEqual({ previous: 'koreas-b', next: undefined });
  });

  it('gives the one article of a section neither', () => {
    expect(linksOf(articles, 'culture-only')).toEqual({
      readingMinutes: 1,
      topics: [],
      related: [],
      moreFromSection: [],
    });
  });

  it('gives the article’s own reading time and its tags’ topics, once each, titled as their pages are', () => {
    const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');
    const tagged = validatedArticle({
      id: 'tagged',
      section: 'culture',
      publishedAt: hoursAfterBase(9),
      tags: ['North Korea', 'Music', 'north-korea'],
      body: [{ type: 'paragraph', text: words(500) }],
    });
    const described = { ...site, topics: [{ id: 'north-korea', title: 'The North' }] };
    const links = deriveArticleLinks(siteShape(described, [...articles, tagged])).get(
      contentPaths.articleLinks('tagged'),
    );

    expect(links?.readingMinutes).toBe(3);
    expect(links?.topics).toEqual([
      { id: 'north-korea', title: 'The North' },
      { id: 'music', title: 'Music' },
    ]);
  });

  it('writes summaries the contract accepts, with their reading time', () => {
    const links = linksOf(articles, 'news-middle');

    expect(v.parse(articleLinksSchema, links)).toEqual(links);
    expect(links.previous?.readingMinutes).toBe(1);
  });
});

describe('deriveArticleLinks related stories', () => {
  it('never repeats what the foot shows already (previous, More from), and still finds four', () => {
    const tagged = (id: string, hour: number) =>
      validatedArticle({ id, section: 'culture', publishedAt: hoursAfterBase(hour), tags: ['tea'] });
    const articles = [
      ...Array.from({ length: 10 }, (_, index) => tagged(`tea-${String(index)}`, index)),
      tagged('subject', 10),
      ...Array.from({ length: 6 }, (_, index) =>
        validatedArticle({
          id: `newer-${String(index)}`,
          section: 'culture',
          publishedAt: hoursAfterBase(20 + index),
        }),
      ),
    ];

    const links = linksOf(articles, 'subject');

    expect(links.previous?.id).toBe('tea-9');
    // Earlier coverage only: the six newer stories of the section are in no list of this article.
    expect(links.moreFromSection.map((story) => story.id)).toEqual(['tea-8', 'tea-7', 'tea-6', 'tea-5']);
    expect(links.related.map((story) => story.id)).toEqual(['tea-4', 'tea-3', 'tea-2', 'tea-1']);
  });
});

/** A small, fixed pseudo-random sequence, so the generated archive is the same on every run. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** `count` articles over 3 sections with 3 tags each from 2,000 topics, a few of them very common. */
function archive(count: number): Article[] {
  const random = sequence(13);
  const sectionIds = ['news', 'koreas', 'culture'];
  const topic = () => `topic ${String(Math.floor(2000 * random() ** 3))}`;
  return Array.from({ length: count }, (_, index) =>
    validatedArticle({
      id: `story-${String(index)}`,
      section: sectionIds[index % sectionIds.length] ?? 'news',
      headline: `Story number ${String(index)} of the archive`,
      standfirst: 'A standfirst of a length that cards usually show beneath the headline.',
      publishedAt: hoursAfterBase(index - count),
      tags: [topic(), topic(), topic()],
    }),
  );
}

describe('deriveArticleLinks at scale', () => {
  const articles = archive(20_000);

  it('derives 20,000 articles’ links in bounded time, each document of bounded size', () => {
    const started = performance.now();
    const documents = deriveArticleLinks(siteShape(site, articles));
    const elapsed = performance.now() - started;

    expect(documents.size).toBe(20_000);
    expect(elapsed).toBeLessThan(5000);
    const sizes = [...documents.values()].map((links) => JSON.stringify(links).length);
    expect(Math.max(...sizes)).toBeLessThan(3000);
    const withRelated = [...documents.values()].filter((links) => links.related.length === 4).length;
    expect(withRelated).toBeGreaterThan(19_000);
  });
});
