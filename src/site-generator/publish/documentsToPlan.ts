import { contentPaths } from '../../features/content/contract/paths.ts';
import { listingFiles, type ListingKey } from '../deriveListings.ts';
import type { CheckedArticle, ListedArticle } from '../listedArticle.ts';
import type { Recording } from '../prepareContent.ts';
import type { SiteShape } from '../siteShape.ts';
import { articleChanges, linksToRemake } from './linksToRemake.ts';
import { listingsToRemake } from './listingsToRemake.ts';

/** Which planned documents to plan (DocumentPlan): undefined for every one. */
export type DocumentsToPlan = {
  isLinksPlanned?: (article: ListedArticle) => boolean;
  isListingPlanned?: (listing: ListingKey) => boolean;
};

/**
 * The links documents and listings to plan: every one in a full build;
 * against a record with the changed articles as they were, only those the
 * changes can reach (linksToRemake.ts, listingsToRemake.ts). Each of the
 * others keeps the record's digests (`keepRecorded`), or is planned when the
 * record has none for it.
 */
export function documentsToPlan(
  shape: SiteShape,
  urlPath: string,
  checked: ReadonlyMap<string, CheckedArticle>,
  recording: Recording | undefined,
  keepRecorded: (filePath: string) => boolean,
): DocumentsToPlan {
  if (!recording?.before || !recording.sinceRecord) return {};
  const { previousArticles, articleFiles, isLedgerEdited } = recording.sinceRecord;
  // Its withdrawn places are in listings and count in related stories (withdrawnPlaces.ts).
  if (isLedgerEdited) return {};
  const changes = articleChanges(articleFiles, previousArticles, checked);

  const linksRemade = linksToRemake(shape, changes);
  const linksPlanned = new Set<ListedArticle>();
  for (const article of shape.articles) {
    const isKept =
      !linksRemade.has(article.id) && keepRecorded(`${urlPath}/${contentPaths.articleLinks(article.id)}`);
    if (!isKept) linksPlanned.add(article);
  }

  const listingsRemade = listingsToRemake(shape, changes);
  const listingsPlanned = new Set<ListingKey>();
  for (const { key, files } of listingFiles(shape)) {
    // Every page kept, or the whole listing planned: keeping some first is harmless, as planning overwrites.
    const isKept = !listingsRemade.has(key) && files.every((file) => keepRecorded(`${urlPath}/${file}`));
    if (!isKept) listingsPlanned.add(key);
  }
  return {
    isLinksPlanned: (article) => linksPlanned.has(article),
    isListingPlanned: (listing) => listingsPlanned.has(listing),
  };
}
