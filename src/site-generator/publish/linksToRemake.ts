import { MORE_FROM_SECTION } from '../../features/content/contract/paths.ts';
import type { WithdrawnPlace } from '../../features/content/contract/schema.ts';
import { topicIdOf, topicIdsOf } from '../deriveTopics.ts';
import type { ListedArticle } from '../listedArticle.ts';
import { CANDIDATES_PER_TOPIC } from '../relatedStories.ts';
import type { SiteShape } from '../siteShape.ts';
import { compareNewestFirst, datedOf } from '../newestFirst.ts';
import type { FileChanges } from './sourceChanges.ts';

/** One article file that changed since the record: as it was (if it was valid then) and as it is (if it is now). */
export type ArticleChange = { before?: ListedArticle; now?: ListedArticle };

type Sortable = Pick<ListedArticle, 'id' | 'publishedAt'>;

/** Whether `a` comes before `b` in the archive's order (compareNewestFirst). */
const isNewer = (a: Sortable, b: Sortable): boolean => compareNewestFirst(datedOf(a), datedOf(b)) < 0;

/** How many of a newest-first list come before `article`: its index if it is in it, else where it would go (an older or newer version of it in the list counts as any other). */
function placeIn(newestFirst: readonly Sortable[], article: Sortable): number {
  let low = 0;
  let high = newestFirst.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const there = newestFirst[middle];
    if (there && isNewer(there, article)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What relatedStories reads of an article, in the order it reads it (its topics' order sums the weights). */
const relatedKeyOf = (article: ListedArticle) =>
  JSON.stringify([article.section, Date.parse(article.publishedAt), [...topicIdsOf(article)]]);

/**
 * Whether a withdrawn article (`before`) stays the coverage it was: the ledger
 * keeps its place (withdrawnPlaces.ts) at its time with its topics, which
 * relatedStories counts as it counted the article.
 */
function keepsItsPlace(place: WithdrawnPlace | undefined, before: ListedArticle): boolean {
  if (!place || Date.parse(place.publishedAt) !== Date.parse(before.publishedAt)) return false;
  const topics = topicIdsOf(before);
  return place.topics.length === topics.size && place.topics.every((topic) => topics.has(topic));
}

/** The title a topic takes from a tag (deriveTopics): the tag as written on its newest article. */
function tagTitle(article: ListedArticle | undefined, topic: string): string | undefined {
  return article?.tags?.find((tag) => topicIdOf(tag) === topic);
}

/**
 * The articles whose links document (deriveArticleLinks) can read differently
 * after `changes`, by id; every other one is the record's, byte for byte. A
 * document reads its article, its section neighbours (previous, next and
 * More from), its related stories and its topics' titles, so it can change
 * only when:
 * - its article changed;
 * - a changed article is, or was, within MORE_FROM_SECTION + 2 places of it
 *   in a listing of its section;
 * - a changed article is, or was, within CANDIDATES_PER_TOPIC places before
 *   it in a topic: the only stories relatedStories takes as candidates;
 * - a changed article moved, changed its topics or time, came (leaving any
 *   place the ledger kept for it), or went without the ledger keeping its
 *   place as it was: the weights of the related stories of every article
 *   after the older of the two change, so every one of them is taken;
 * - one of its topics' titles changed (the newest story in it came, went or
 *   retitled its tag).
 * So a new story at the head of the archive remakes a bounded set of documents.
 */
export function linksToRemake(shape: SiteShape, changes: readonly ArticleChange[]): Set<string> {
  const remake = new Set<string>();
  const take = (list: readonly ListedArticle[], from: number, to: number) => {
    for (let index = Math.max(0, from); index < Math.min(list.length, to); index += 1) {
      const article = list[index];
      if (article) remake.add(article.id);
    }
  };
  let oldestReweighed: Sortable | undefined;
  const reweigh = (version: Sortable | undefined) => {
    if (version && (!oldestReweighed || isNewer(oldestReweighed, version))) oldestReweighed = version;
  };
  // Every id's place, live or not: a story that comes back leaves the coverage its place was,
  // and one withdrawn again takes the place the ledger kept first. Either reweighs from the place.
  const placeOf = (id: string) => shape.ledgerPlaces.get(id);
  for (const { before, now } of changes) {
    if (now) remake.add(now.id);
    const id = before?.id ?? now?.id;
    const place = id === undefined ? undefined : placeOf(id);
    const placed = place && id !== undefined ? { id, publishedAt: place.publishedAt } : undefined;
    const isWithdrawnInPlace = before !== undefined && !now && keepsItsPlace(place, before);
    if (!isWithdrawnInPlace && (!before || !now || relatedKeyOf(before) !== relatedKeyOf(now))) {
      for (const version of [before, now, placed]) reweigh(version);
    }
    for (const version of [before, now]) {
      if (!version) continue;
      for (const step of shape.tree[version.section]?.trail ?? []) {
        const listing = shape.listings.get(step.id) ?? [];
        const at = placeIn(listing, version);
        take(listing, at - MORE_FROM_SECTION - 2, at + 3);
      }
      for (const topic of topicIdsOf(version)) {
        const listing = shape.topics.get(topic)?.articles ?? [];
        const at = placeIn(listing, version);
        take(listing, at - CANDIDATES_PER_TOPIC - 2, at + 2);
      }
    }
  }
  if (oldestReweighed) take(shape.articles, 0, placeIn(shape.articles, oldestReweighed) + 1);
  for (const topic of retitledTopics(shape, changes))
    take(shape.topics.get(topic)?.articles ?? [], 0, Infinity);
  return remake;
}

/** The topics whose title (from their newest story's tag, where site.json does not give one) may differ now. */
function retitledTopics(shape: SiteShape, changes: readonly ArticleChange[]): string[] {
  const changedIds = new Set(changes.flatMap(({ before, now }) => [before?.id, now?.id]));
  const described = new Set(shape.site.topics?.map((topic) => topic.id));
  const touched = new Set(
    changes.flatMap(({ before, now }) =>
      [before, now].flatMap((version) => (version ? [...topicIdsOf(version)] : [])),
    ),
  );
  return [...touched].filter((topic) => {
    if (described.has(topic)) return false;
    const listing = shape.topics.get(topic)?.articles ?? [];
    let newestBefore = listing.find((article) => !changedIds.has(article.id));
    for (const { before } of changes) {
      if (before && topicIdsOf(before).has(topic) && (!newestBefore || isNewer(before, newestBefore)))
        newestBefore = before;
    }
    return tagTitle(newestBefore, topic) !== tagTitle(listing[0], topic);
  });
}

/**
 * Each article file new, changed or gone since the record (`articleFiles`):
 * as it was (`previous`, the record's checked articles) and as it is now
 * (`checked`), either missing where it was or is not a valid article.
 */
export function articleChanges(
  articleFiles: FileChanges,
  previous: ReadonlyMap<string, ListedArticle>,
  checked: ReadonlyMap<string, { listed: ListedArticle }>,
): ArticleChange[] {
  return [...articleFiles.changed, ...articleFiles.removed].map((file) => {
    const before = previous.get(file);
    const now = checked.get(file)?.listed;
    return { ...(before && { before }), ...(now && { now }) };
  });
}
