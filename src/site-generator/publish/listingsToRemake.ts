import type { ListingKey } from '../deriveListings.ts';
import { topicIdsOf } from '../deriveTopics.ts';
import type { SiteShape } from '../siteShape.ts';
import { withdrawnIdOf } from '../withdrawnPlaces.ts';
import type { ArticleChange } from './linksToRemake.ts';

/**
 * The listings (deriveListings.ts) whose pages can read differently after
 * `changes`, or undefined when any can. A listing's pages are cut from its
 * places: its articles and the places the ledger keeps for withdrawn ones
 * (withdrawnPlaces.ts). So only a listing a changed article is, or was, in
 * can change (its section and those above it, its topics, its authors),
 * unless the ledger changed, or a changed article has a place in it (one
 * that comes back leaves its place, wherever that was).
 */
export function listingsToRemake(
  shape: SiteShape,
  changes: readonly ArticleChange[],
  isLedgerChanged: boolean,
): Set<ListingKey> | undefined {
  if (isLedgerChanged) return undefined;
  const placed = new Set(shape.pastAddresses.withdrawn.map(({ path }) => withdrawnIdOf(path)));
  const remake = new Set<ListingKey>();
  for (const { before, now } of changes) {
    for (const version of [before, now]) {
      if (!version) continue;
      if (placed.has(version.id)) return undefined;
      for (const step of shape.tree[version.section]?.trail ?? []) remake.add(`section:${step.id}`);
      for (const topic of topicIdsOf(version)) remake.add(`topic:${topic}`);
      for (const author of version.authors ?? []) remake.add(`author:${author}`);
    }
  }
  return remake;
}
