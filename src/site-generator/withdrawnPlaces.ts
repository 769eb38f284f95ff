import type { PastAddresses, WithdrawnPlace } from '../features/content/contract/schema.ts';
import type { ListedArticle } from './listedArticle.ts';
import { compareNewestFirst, datedOf, type Dated } from './newestFirst.ts';
import type { SectionTree } from '../features/content/contract/sectionTree.ts';
import type { AuthorListing, TopicListing } from './deriveTopics.ts';

/**
 * A listing's places, newest first: each of its articles, and null where a
 * withdrawn article stood. Listing pages are cut from the places, not the
 * articles, so withdrawing a story empties its place and changes only the
 * pages that showed it: the archive pages after it keep their stories and
 * their numbers.
 */
export type ListingPlaces = readonly (ListedArticle | null)[];

export type PlacesOfListings = {
  sections: ReadonlyMap<string, ListingPlaces>;
  topics: ReadonlyMap<string, ListingPlaces>;
  authors: ReadonlyMap<string, ListingPlaces>;
};

/** The id of the article the ledger withdrew at `address`: the address's last step. */
const withdrawnIdOf = (address: string): string => address.slice(address.lastIndexOf('/') + 1);

/**
 * The place the ledger keeps for each id it withdrew: the first entry that
 * kept one (`listed`), whether the article is back or not. A story that comes
 * back leaves its place, and one withdrawn again takes the place kept first.
 */
export function ledgerPlacesById({ withdrawn }: PastAddresses): Map<string, WithdrawnPlace> {
  const places = new Map<string, WithdrawnPlace>();
  for (const { path, listed } of withdrawn) {
    const id = withdrawnIdOf(path);
    if (listed !== undefined && !places.has(id)) places.set(id, listed);
  }
  return places;
}

/**
 * The ledger's places whose article no live article is (one that came back
 * is in its place again). Listings keep these places empty, and related
 * stories count them as coverage (relatedStories.ts).
 */
export function withdrawnPlacesOf(
  ledgerPlaces: ReadonlyMap<string, WithdrawnPlace>,
  articles: readonly Pick<ListedArticle, 'id'>[],
): Map<string, WithdrawnPlace> {
  const places = new Map(ledgerPlaces);
  // The ledger is short and the archive long: no set of every live id.
  if (places.size > 0) for (const article of articles) places.delete(article.id);
  return places;
}

/** A withdrawn article's place in the listings it was in. */
type Place = Dated & { listings: string[] };

/** `articles` (newest first) with the withdrawn places among them, in the archive's order. */
function merged(articles: readonly ListedArticle[], places: readonly Place[]): ListingPlaces {
  if (places.length === 0) return articles;
  const entries = [
    ...articles.map((article) => ({ ...datedOf(article), article })),
    ...places.map((place) => ({ id: place.id, instant: place.instant, article: null })),
  ];
  return entries.sort(compareNewestFirst).map((entry) => entry.article);
}

/**
 * Every listing's places: its articles and the places of withdrawn articles
 * (withdrawnPlacesOf). A place counts only in listings that exist now (a
 * section of the tree, a topic some article still has, an author of site.json).
 */
export function listingPlaces(
  parts: {
    tree: SectionTree;
    listings: ReadonlyMap<string, readonly ListedArticle[]>;
    topics: ReadonlyMap<string, TopicListing>;
    authors: ReadonlyMap<string, AuthorListing>;
  },
  withdrawnPlaces: ReadonlyMap<string, WithdrawnPlace>,
): PlacesOfListings {
  const placesIn = new Map<string, Place[]>();
  for (const [id, listed] of withdrawnPlaces) {
    const listings = [
      ...(parts.tree[listed.section]?.trail ?? []).map((step) => `section:${step.id}`),
      ...new Set(listed.topics.filter((topic) => parts.topics.has(topic)).map((topic) => `topic:${topic}`)),
      ...new Set(
        listed.authors.filter((author) => parts.authors.has(author)).map((author) => `author:${author}`),
      ),
    ];
    const place = { id, instant: Date.parse(listed.publishedAt), listings };
    for (const key of listings) {
      const places = placesIn.get(key);
      if (places) places.push(place);
      else placesIn.set(key, [place]);
    }
  }
  const placesOf = <T>(
    kind: string,
    listings: ReadonlyMap<string, T>,
    articlesOf: (listing: T) => readonly ListedArticle[],
  ) =>
    new Map(
      [...listings].map(([id, listing]) => [
        id,
        merged(articlesOf(listing), placesIn.get(`${kind}:${id}`) ?? []),
      ]),
    );
  return {
    sections: placesOf('section', parts.listings, (articles) => articles),
    topics: placesOf('topic', parts.topics, (listing) => listing.articles),
    authors: placesOf('author', parts.authors, (listing) => listing.articles),
  };
}
