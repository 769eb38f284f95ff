import type { PastAddresses, WithdrawnPlace } from '../features/content/contract/schema.ts';
import type { ListedArticle } from './listedArticle.ts';
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
 * The place each withdrawn article had, by id, in the ledger's order: the
 * first entry that kept one (`listed`), for each id no live article has (one
 * that came back is in its place again). Listings keep these places empty,
 * and related stories count them as coverage (relatedStories.ts).
 */
export function withdrawnPlacesById(
  articles: readonly Pick<ListedArticle, 'id'>[],
  { withdrawn }: PastAddresses,
): Map<string, WithdrawnPlace> {
  const places = new Map<string, WithdrawnPlace>();
  for (const { path, listed } of withdrawn) {
    const id = withdrawnIdOf(path);
    if (listed !== undefined && !places.has(id)) places.set(id, listed);
  }
  // The ledger is short and the archive long: no set of every live id.
  if (places.size > 0) for (const article of articles) places.delete(article.id);
  return places;
}

/** A withdrawn article's place in the listings it was in. */
type Place = { id: string; instant: number; listings: string[] };

const byNewest = (a: { instant: number; id: string }, b: { instant: number; id: string }) =>
  b.instant - a.instant || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `articles` (newest first) with the withdrawn places among them, in the same order as sortNewestFirst. */
function merged(articles: readonly ListedArticle[], places: readonly Place[]): ListingPlaces {
  if (places.length === 0) return articles;
  const entries = [
    ...articles.map((article) => ({ id: article.id, instant: Date.parse(article.publishedAt), article })),
    ...places.map((place) => ({ id: place.id, instant: place.instant, article: null })),
  ];
  return entries.sort(byNewest).map((entry) => entry.article);
}

/**
 * Every listing's places: its articles and the places of withdrawn articles
 * the ledger describes (`listed` in past-addresses.json). A place counts only
 * in listings that exist now (a section of the tree, a topic some article
 * still has, an author of site.json), and not when its article is back.
 */
export function listingPlaces(
  parts: {
    tree: SectionTree;
    articles: readonly ListedArticle[];
    listings: ReadonlyMap<string, readonly ListedArticle[]>;
    topics: ReadonlyMap<string, TopicListing>;
    authors: ReadonlyMap<string, AuthorListing>;
  },
  pastAddresses: PastAddresses,
): PlacesOfListings {
  const placesIn = new Map<string, Place[]>();
  for (const [id, listed] of withdrawnPlacesById(parts.articles, pastAddresses)) {
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
