import { contentPaths, MORE_FROM_SECTION, RELATED_STORIES } from '../features/content/contract/paths.ts';
import type { ArticleLinks } from '../features/content/contract/schema.ts';
import type { ListedArticle } from './listedArticle.ts';
import { summaryOf } from './articleSummary.ts';
import { topicIdsOf } from './deriveTopics.ts';
import type { DocumentPlan } from './documentPlan.ts';
import { relatedStories } from './relatedStories.ts';
import type { SiteShape } from './siteShape.ts';

type Neighbours = { previous?: ListedArticle; next?: ListedArticle; earlier: ListedArticle[] };

/**
 * Each article's neighbours in its own section's listing (its descendants'
 * articles included, as the section page lists them): previous is the one
 * published just before it, next the one just after, and earlier the
 * MORE_FROM_SECTION before previous, for "More from". Linear in the listings.
 */
function sectionNeighbours(
  { site, listings }: SiteShape,
  isWanted: (article: ListedArticle) => boolean,
): Map<ListedArticle, Neighbours> {
  const neighbours = new Map<ListedArticle, Neighbours>();
  for (const section of site.sections) {
    const newestFirst = listings.get(section.id) ?? [];
    for (const [index, article] of newestFirst.entries()) {
      if (article.section !== section.id || !isWanted(article)) continue;
      const previous = newestFirst[index + 1];
      const next = index > 0 ? newestFirst[index - 1] : undefined;
      const earlier = newestFirst.slice(index + 2, index + 2 + MORE_FROM_SECTION);
      neighbours.set(article, { ...(previous && { previous }), ...(next && { next }), earlier });
    }
  }
  return neighbours;
}

/** The topics an article's tags give, once each, in the order of its tags, titled as their pages are. */
function topicsOf(article: ListedArticle, { topics }: SiteShape): ArticleLinks['topics'] {
  return [...topicIdsOf(article)].flatMap((id) => {
    const topic = topics.get(id)?.topic;
    return topic ? [{ id, title: topic.title }] : [];
  });
}

/**
 * One article's links document, not made yet (DocumentPlan): the articles it
 * shows, by role, and its topics' titles.
 */
export type LinksPlan = DocumentPlan<
  {
    article: string;
    previous?: string;
    next?: string;
    moreFromSection: string[];
    related: string[];
    topics: ArticleLinks['topics'];
  },
  ArticleLinks
>;

/**
 * Every article's links document (`article-links/{id}.json`), as a plan.
 * Everything in it but `next` is earlier coverage, so adding an article
 * changes one other document: its previous story's `next`. Editing or
 * withdrawing one changes the documents that show it: its neighbours', the
 * MORE_FROM_SECTION + 1 after it, and those that list it as related.
 * Only the articles `isWanted` takes are planned (publish/linksToRemake.ts).
 */
export function* planArticleLinks(
  shape: SiteShape,
  isWanted: (article: ListedArticle) => boolean = () => true,
): Generator<LinksPlan> {
  const neighbours = sectionNeighbours(shape, isWanted);
  // Spares, for when the best are the previous story or More from's, which the foot already shows.
  const related = relatedStories(shape, RELATED_STORIES + 1 + MORE_FROM_SECTION, isWanted);
  // One plan at a time: a publish digests each and keeps few, so 100,000 plans are never held at once.
  for (const article of shape.articles) {
    if (!isWanted(article)) continue;
    const { previous, next, earlier = [] } = neighbours.get(article) ?? {};
    const shown = (related.get(article) ?? [])
      .filter((story) => story !== previous && !earlier.includes(story))
      .slice(0, RELATED_STORIES);
    const topics = topicsOf(article, shape);
    const roles = [previous, next, ...earlier, ...shown].flatMap((story) => (story ? [story.id] : []));
    yield {
      file: contentPaths.articleLinks(article.id),
      inputs: {
        article: article.id,
        ...(previous && { previous: previous.id }),
        ...(next && { next: next.id }),
        moreFromSection: earlier.map((story) => story.id),
        related: shown.map((story) => story.id),
        topics,
      },
      shows: [article.id, ...roles],
      make: () => ({
        readingMinutes: article.readingMinutes,
        topics,
        ...(previous && { previous: summaryOf(previous) }),
        ...(next && { next: summaryOf(next) }),
        related: shown.map(summaryOf),
        moreFromSection: earlier.map(summaryOf),
      }),
    };
  }
}

/** Every article's links document, keyed by its path below the content base (planArticleLinks). */
export function deriveArticleLinks(shape: SiteShape): Map<string, ArticleLinks> {
  return new Map(Array.from(planArticleLinks(shape), (plan) => [plan.file, plan.make()]));
}
