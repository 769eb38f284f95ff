import type { ListedArticle } from './listedArticle.ts';
import { topicIdsOf } from './deriveTopics.ts';
import type { SiteShape } from './siteShape.ts';

/** The newest earlier articles read per topic: bounds the work per article, whatever the archive's size. */
export const CANDIDATES_PER_TOPIC = 50;
/** What sharing the article's own section adds; with RECENCY, less than any one shared topic (at least 1). */
const SAME_SECTION = 0.5;
/** What recency adds at most: a story of the same day adds 0.5, one a month older 0.25. */
const RECENCY = 0.5;
const RECENCY_HALF_LIFE_DAYS = 30;
const DAY = 86_400_000;

/**
 * `seenBy`: the last article (by its place, oldest first) that took this story as a candidate.
 * `instant`: its time, parsed the first time it is scored (a publish scores few of 100,000).
 */
type Story = { article: ListedArticle; instant?: number; topics: ReadonlySet<string>; seenBy: number };

const instantOf = (story: Story) => (story.instant ??= Date.parse(story.article.publishedAt));

type Scored = { story: Story; score: number };

/** Higher first, then newer, then by id in code-unit order: the same content always gives the same list. */
function compareCandidates(a: Scored, b: Scored): number {
  if (a.score !== b.score) return b.score - a.score;
  const instantA = instantOf(a.story);
  const instantB = instantOf(b.story);
  if (instantA !== instantB) return instantB - instantA;
  return a.story.article.id < b.story.article.id ? -1 : a.story.article.id > b.story.article.id ? 1 : 0;
}

/** Puts `entry` in its place among the best `count` so far, best first; no sort of every candidate. */
function keepBest(best: Scored[], entry: Scored, count: number) {
  let index = best.length;
  for (
    let before = best[index - 1];
    before && compareCandidates(entry, before) < 0;
    before = best[index - 1]
  ) {
    index -= 1;
  }
  if (index >= count) return;
  best.splice(index, 0, entry);
  if (best.length > count) best.pop();
}

/**
 * Up to `count` related stories per article, best first, drawn from earlier coverage only:
 * articles published before it (in the listings' order), scored by the topics
 * they share with it, each weighted by its rarity among the articles published
 * up to it (inverse document frequency), plus a little for its own section and
 * for being close in time. So a new article never changes an older one's list.
 * A story needs at least one shared topic: an article without tags has none,
 * as its section's stories are already at its foot (More from, previous and
 * next). Never the article itself; deriveArticleLinks leaves out those the
 * foot shows already (previous and More from), so it asks for spares.
 *
 * Each article reads at most CANDIDATES_PER_TOPIC stories per topic, from a
 * list per topic that grows as the articles are walked oldest first: time
 * linear in the archive, never quadratic. Only the articles `isWanted` takes
 * are scored (a publish wants few, publish/linksToRemake.ts); every article
 * still counts as coverage for those after it.
 */
export function relatedStories(
  { articles }: Pick<SiteShape, 'articles'>,
  count: number,
  isWanted: (article: ListedArticle) => boolean = () => true,
): Map<ListedArticle, ListedArticle[]> {
  const related = new Map<ListedArticle, ListedArticle[]>();
  const byTopic = new Map<string, Story[]>();
  const oldestFirst = [...articles].reverse();
  for (const [earlier, article] of oldestFirst.entries()) {
    const story: Story = {
      article,
      topics: topicIdsOf(article),
      seenBy: -1,
    };
    if (!isWanted(article)) {
      for (const topic of story.topics) {
        const coverage = byTopic.get(topic);
        if (coverage) coverage.push(story);
        else byTopic.set(topic, [story]);
      }
      continue;
    }
    const weights = [...story.topics].map((topic) => {
      const coverage = byTopic.get(topic) ?? [];
      return { topic, coverage, weight: Math.log((earlier + 1) / (coverage.length + 1)) + 1 };
    });
    // Each candidate once, in the order first met: marked, not put in a Set, which cost
    // a Set and up to CANDIDATES_PER_TOPIC entries a topic for each of 100,000 articles.
    const candidates: Story[] = [];
    for (const { coverage } of weights) {
      const oldest = Math.max(0, coverage.length - CANDIDATES_PER_TOPIC);
      for (let index = coverage.length - 1; index >= oldest; index -= 1) {
        const candidate = coverage[index];
        if (candidate && candidate.article !== article && candidate.seenBy !== earlier) {
          candidate.seenBy = earlier;
          candidates.push(candidate);
        }
      }
    }
    const best: Scored[] = [];
    for (const candidate of candidates) {
      let score = 0;
      for (const { topic, weight } of weights) if (candidate.topics.has(topic)) score += weight;
      if (candidate.article.section === article.section) score += SAME_SECTION;
      const days = Math.max(0, instantOf(story) - instantOf(candidate)) / DAY;
      score += RECENCY / (1 + days / RECENCY_HALF_LIFE_DAYS);
      keepBest(best, { story: candidate, score }, count);
    }
    related.set(
      article,
      best.map(({ story: chosen }) => chosen.article),
    );
    for (const { coverage, topic } of weights) {
      coverage.push(story);
      byTopic.set(topic, coverage);
    }
  }
  return related;
}
