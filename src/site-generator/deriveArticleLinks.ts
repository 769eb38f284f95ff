import { contentPaths, RELATED_STORIES } from '../features/content/contract/paths.ts';
import { readingMinutes } from '../features/content/contract/readingTime.ts';
import type { Article, ArticleLinks } from '../features/content/contract/schema.ts';
import { slugify } from '../features/content/contract/slugify.ts';
import { summaryOf } from './articleSummary.ts';
import { relatedStories } from './relatedStories.ts';
import type { SiteShape } from './siteShape.ts';

type Neighbours = { previous?: Article; next?: Article };

/**
 * Each article's neighbours in its own section's listing (its descendants'
 * articles included, as the section page lists them): previous is the one
 * published just before it, next the one just after. Linear in the listings.
 */
function sectionNeighbours({ site, listings }: SiteShape): Map<Article, Neighbours> {
  const neighbours = new Map<Article, Neighbours>();
  for (const section of site.sections) {
    const newestFirst = listings.get(section.id) ?? [];
    for (const [index, article] of newestFirst.entries()) {
      if (article.section !== section.id) continue;
      const previous = newestFirst[index + 1];
      const next = index > 0 ? newestFirst[index - 1] : undefined;
      neighbours.set(article, { ...(previous && { previous }), ...(next && { next }) });
    }
  }
  return neighbours;
}

/** The topics an article's tags give, once each, in the order of its tags, titled as their pages are. */
function topicsOf(article: Article, { topics }: SiteShape): ArticleLinks['topics'] {
  const ids = new Set((article.tags ?? []).flatMap((tag) => slugify(tag) ?? []));
  return [...ids].flatMap((id) => {
    const topic = topics.get(id)?.topic;
    return topic ? [{ id, title: topic.title }] : [];
  });
}

/**
 * Every article's links document (`article-links/{id}.json`), keyed by its
 * path below the content base. Adding an article changes a bounded number of
 * other documents: its neighbours' previous or next, and the related stories
 * of the few articles among its sections' newest, whose "More from" it pushes
 * a story out of (relatedStories draws from earlier coverage only, so no
 * older article's list changes otherwise).
 */
export function deriveArticleLinks(shape: SiteShape): Map<string, ArticleLinks> {
  const neighbours = sectionNeighbours(shape);
  // One spare, for when the best is the previous story, which the foot already links.
  const related = relatedStories(shape, RELATED_STORIES + 1);
  const documents = new Map<string, ArticleLinks>();
  for (const article of shape.articles) {
    const { previous, next } = neighbours.get(article) ?? {};
    documents.set(contentPaths.articleLinks(article.id), {
      readingMinutes: readingMinutes(article.body),
      topics: topicsOf(article, shape),
      ...(previous && { previous: summaryOf(previous) }),
      ...(next && { next: summaryOf(next) }),
      related: (related.get(article) ?? [])
        .filter((story) => story !== previous)
        .slice(0, RELATED_STORIES)
        .map(summaryOf),
    });
  }
  return documents;
}
