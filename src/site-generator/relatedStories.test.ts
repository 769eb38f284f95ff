// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article, ArticleSource } from '../features/content/contract/schema';
import { hoursAfterBase, section, siteSource, validatedArticle } from '../testing/contentFixtures';
import { listedArticle, type ListedArticle } from './listedArticle';
import { relatedStories } from './relatedStories';
import { siteShape } from './siteShape';

const site = siteSource([section('news'), section('koreas', 'news'), section('culture')]);

/** An article `hour` hours after the base time; later hours are newer. */
function story(id: string, hour: number, overrides: Partial<ArticleSource> = {}): Article {
  return validatedArticle({ id, section: 'culture', publishedAt: hoursAfterBase(hour), ...overrides });
}

/** Newer stories that keep the stories under test out of their section's newest five. */
const newerFiller = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    story(`filler-${String(index)}`, 1000 + index, { tags: ['filler'] }),
  );

/** `count` stories an hour apart, alternating between two sections, each with two of five topics. */
const mixedArchive = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    story(`story-${String(index)}`, index, {
      section: index % 2 === 0 ? 'koreas' : 'culture',
      tags: [`topic-${String(index % 3)}`, `topic-${String(index % 5)}`],
    }),
  ).map(listedArticle);

function relatedIds(articles: Article[], id: string): string[] {
  const shape = siteShape(site, articles);
  const related = relatedStories(shape, 4);
  const article = shape.articles.find((candidate) => candidate.id === id);
  if (!article) throw new Error(`no article ${id}`);
  return (related.get(article) ?? []).map((chosen) => chosen.id);
}

describe('relatedStories', () => {
  it('draws only from earlier coverage, never the article itself', () => {
    const articles = [
      story('first', 1, { tags: ['Tea'] }),
      story('second', 2, { tags: ['Tea'] }),
      story('third', 3, { tags: ['tea'] }),
      ...newerFiller(6),
    ];

    expect(relatedIds(articles, 'third')).toEqual(['second', 'first']);
    expect(relatedIds(articles, 'second')).toEqual(['first']);
    expect(relatedIds(articles, 'first')).toEqual([]);
  });

  it('prefers a story sharing a rare topic to a newer one sharing a common topic', () => {
    const common = Array.from({ length: 20 }, (_, index) =>
      story(`common-${String(index)}`, 10 + index, { tags: ['Seoul'] }),
    );
    const articles = [
      story('rare', 1, { tags: ['Hanok'] }),
      ...common,
      story('subject', 40, { tags: ['Seoul', 'Hanok'] }),
      ...newerFiller(6),
    ];

    expect(relatedIds(articles, 'subject')[0]).toBe('rare');
  });

  it('adds weight for the same section and for recency', () => {
    const articles = [
      story('other-section', 5, { section: 'news', tags: ['tea'] }),
      story('older-same-section', 1, { tags: ['tea'] }),
      story('newer-same-section', 4, { tags: ['tea'] }),
      story('subject', 6, { tags: ['tea'] }),
      ...newerFiller(6),
    ];

    expect(relatedIds(articles, 'subject')).toEqual([
      'newer-same-section',
      'older-same-section',
      'other-section',
    ]);
  });

  it('breaks a tie of equal scores by id, so the same content always gives the same list', () => {
    const articles = [
      story('charlie', 1, { tags: ['tea'] }),
      story('alpha', 1, { tags: ['tea'] }),
      story('bravo', 1, { tags: ['tea'] }),
      story('subject', 2, { tags: ['tea'] }),
      ...newerFiller(6),
    ];

    expect(relatedIds(articles, 'subject')).toEqual(['alpha', 'bravo', 'charlie']);
    expect(relatedIds([...articles].reverse(), 'subject')).toEqual(['alpha', 'bravo', 'charlie']);
  });

  it('gives an article without tags, or without a topic in common, no related stories', () => {
    const articles = [
      story('tagged', 1, { tags: ['tea'] }),
      story('untagged', 2),
      story('unrelated', 3, { tags: ['opera'] }),
      ...newerFiller(6),
    ];

    expect(relatedIds(articles, 'untagged')).toEqual([]);
    expect(relatedIds(articles, 'unrelated')).toEqual([]);
  });

  it('may pick its section’s newest stories: what the foot shows already is left out by deriveArticleLinks', () => {
    const newest = Array.from({ length: 5 }, (_, index) =>
      story(`culture-newest-${String(index)}`, 100 + index, { tags: ['tea'] }),
    );
    const articles = [
      story('older', 1, { tags: ['tea'] }),
      story('subject', 50, { tags: ['tea'] }),
      ...newest,
    ];

    expect(relatedIds(articles, 'culture-newest-4')).toEqual([
      'culture-newest-3',
      'culture-newest-2',
      'culture-newest-1',
      'culture-newest-0',
    ]);
    expect(relatedIds(articles, 'subject')).toEqual(['older']);
  });

  it('keeps at most four, the best first', () => {
    const articles = [
      ...Array.from({ length: 8 }, (_, index) => story(`tea-${String(index)}`, index, { tags: ['tea'] })),
      story('subject', 20, { tags: ['tea'] }),
      ...newerFiller(6),
    ];

    expect(relatedIds(articles, 'subject')).toEqual(['tea-7', 'tea-6', 'tea-5', 'tea-4']);
  });

  it('changes no older article’s list when a newer one is added', () => {
    const articles = mixedArchive(40);
    const before = relatedStories(siteShape(site, articles), 4);
    const added = listedArticle(story('added', 500, { section: 'koreas', tags: ['topic-1', 'topic-2'] }));
    const after = relatedStories(siteShape(site, [...articles, added]), 4);

    const idsIn = (related: Map<ListedArticle, ListedArticle[]>, article: ListedArticle) =>
      related.get(article)?.map((chosen) => chosen.id);
    const changed = articles.filter(
      (article) => idsIn(before, article)?.join() !== idsIn(after, article)?.join(),
    );
    expect(changed).toEqual([]);
    expect(after.get(added)?.length).toBe(4);
  });

  it('changes only the lists a withdrawn article was in, when the ledger keeps its place', () => {
    const articles = mixedArchive(60);
    const withdrawn = articles[10];
    if (!withdrawn) throw new Error('no article to withdraw');
    const rest = articles.filter((article) => article !== withdrawn);
    const place = {
      publishedAt: withdrawn.publishedAt,
      section: withdrawn.section,
      topics: ['topic-1', 'topic-0'],
      authors: [],
    };
    const ledger = {
      withdrawn: [{ path: `/culture/${withdrawn.id}`, withdrawnAt: hoursAfterBase(900), listed: place }],
      moved: [],
    };
    const idsIn = (related: Map<ListedArticle, ListedArticle[]>, article: ListedArticle) =>
      related.get(article)?.map((chosen) => chosen.id);
    const before = relatedStories(siteShape(site, articles), 4);
    const changedBy = (pastAddresses: typeof ledger) => {
      const after = relatedStories(siteShape(site, rest, [], pastAddresses), 4);
      return rest.filter((article) => idsIn(before, article)?.join() !== idsIn(after, article)?.join());
    };

    const changed = changedBy(ledger);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((article) => !idsIn(before, article)?.includes(withdrawn.id))).toEqual([]);
    // Without its place every later article's weights change, and lists it was never in with them.
    const unplaced = changedBy({ withdrawn: [], moved: [] });
    expect(
      unplaced.filter((article) => !idsIn(before, article)?.includes(withdrawn.id)).length,
    ).toBeGreaterThan(0);
  });
});
