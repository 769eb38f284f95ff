import type { ListedArticle } from './listedArticle.ts';
import { topicIdsOf } from './deriveTopics.ts';
import type { SiteShape } from './siteShape.ts';
import { compareNewestFirst, type Dated } from './newestFirst.ts';

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

/** A withdrawn article's place (withdrawnPlaces.ts): coverage of its topics, never a candidate. */
type Place = Dated & { topics: ReadonlySet<string> };

/** The places of withdrawn articles, oldest first as the articles are walked (the archive's order backwards). */
function placesOldestFirst(withdrawnPlaces: SiteShape['withdrawnPlaces']): Place[] {
  return [...withdrawnPlaces]
    .map(([id, place]) => ({ id, instant: Date.parse(place.publishedAt), topics: new Set(place.topics) }))
    .sort((a, b) => compareNewestFirst(b, a));
}

/** Whether `place` comes before `story` oldest first. */
const isBefore = (place: Place, story: Story): boolean =>
  compareNewestFirst({ id: story.article.id, instant: instantOf(story) }, place) < 0;

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
 * A withdrawn article's place, where the ledger keeps one, still counts as the
 * coverage it was, though never as a story: so a withdrawal changes only the
 * lists it was a candidate in, not every later article's weights.
 * A story needs at least one shared topic: an article without tags has none,
 * as its section's stories are already at its foot (More from, previous and
 * next). Never the article itself; deriveArticleLinks leaves out those the
 * foot shows already (previous and More from), so it asks for spares.
 *
 * Each article reads the last CANDIDATES_PER_TOPIC entries (stories and
 * places) of each of its topics' coverage, a list per topic that grows as
 * the articles are walked oldest first: time
 * linear in the archive, never quadratic. Only the articles `isWanted` takes
 * are scored (a publish wants few, publish/linksToRemake.ts); every article
 * still counts as coverage for those after it.
 */
export function relatedStories(
  shape: Pick<SiteShape, 'articles' | 'withdrawnPlaces'>,
  count: number,
  isWanted: (article: ListedArticle) => boolean = () => true,
): Map<ListedArticle, ListedArticle[]> {
  const related = new Map<ListedArticle, ListedArticle[]>();
  // Each topic's coverage so far, oldest first: its stories, and null for a withdrawn place.
  const byTopic = new Map<string, (Story | null)[]>();
  const cover = (topics: ReadonlySet<string>, entry: Story | null) => {
    for (const topic of topics) {
      const coverage = byTopic.get(topic);
      if (coverage) coverage.push(entry);
      else byTopic.set(topic, [entry]);
    }
  };
  const places = placesOldestFirst(shape.withdrawnPlaces);
  let nextPlace = 0;
  // How many articles and places come before the one walked.
  let earlier = 0;
  for (let index = shape.articles.length - 1; index >= 0; index -= 1) {
    const article = shape.articles[index];
    if (!article) continue;
    const story: Story = { article, topics: topicIdsOf(article), seenBy: -1 };
    for (let place = places[nextPlace]; place && isBefore(place, story); place = places[++nextPlace]) {
      cover(place.topics, null);
      earlier += 1;
    }
    if (isWanted(article)) related.set(article, bestCandidates(story, earlier, byTopic, count));
    cover(story.topics, story);
    earlier += 1;
  }
  return related;
}

/** The best `count` of the stories before `story` in its topics' coverage, `earlier` articles and places in. */
function bestCandidates(
  story: Story,
  earlier: number,
  byTopic: ReadonlyMap<string, readonly (Story | null)[]>,
  count: number,
): ListedArticle[] {
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
      if (candidate && candidate.seenBy !== earlier) {
        candidate.seenBy = earlier;
        candidates.push(candidate);
      }
    }
  }
  const best: Scored[] = [];
  for (const candidate of candidates) {
    let score = 0;
    for (const { topic, weight } of weights) if (candidate.topics.has(topic)) score += weight;
    if (candidate.article.section === story.article.section) score += SAME_SECTION;
    const days = Math.max(0, instantOf(story) - instantOf(candidate)) / DAY;
    score += RECENCY / (1 + days / RECENCY_HALF_LIFE_DAYS);
    keepBest(best, { story: candidate, score }, count);
  }
  return best.map(({ story: chosen }) => chosen.article);
}
