import type { ListingKey } from '../deriveListings.ts';
import { topicIdsOf } from '../deriveTopics.ts';
import type { SiteShape } from '../siteShape.ts';
import type { ArticleChange } from './linksToRemake.ts';

/**
 * The listings (deriveListings.ts) whose pages can read differently after
 * `changes`, when the ledger was edited only by this publish's own entries,
 * which are all for changed articles (recordPastAddresses.ts). A listing's pages are cut from its
 * places: its articles and the places the ledger keeps for withdrawn ones
 * (withdrawnPlaces.ts). So only a listing a changed article is, or was, in
 * can change (its section and those above it, its topics, its authors), or
 * one its place in the ledger is in (it takes that place when withdrawn, and
 * leaves it when it comes back).
 */
export function listingsToRemake(shape: SiteShape, changes: readonly ArticleChange[]): Set<ListingKey> {
  // Every id's place, live or not: a story that came back has left the place it had.
  const places = shape.ledgerPlaces;
  const remake = new Set<ListingKey>();
  const take = ({
    section,
    topics,
    authors,
  }: {
    section: string;
    topics: Iterable<string>;
    authors: readonly string[];
  }) => {
    for (const step of shape.tree[section]?.trail ?? []) remake.add(`section:${step.id}`);
    for (const topic of topics) remake.add(`topic:${topic}`);
    for (const author of authors) remake.add(`author:${author}`);
  };
  for (const { before, now } of changes) {
    for (const version of [before, now]) {
      if (!version) continue;
      take({ section: version.section, topics: topicIdsOf(version), authors: version.authors ?? [] });
      const place = places.get(version.id);
      if (place) take(place);
    }
  }
  return remake;
}
