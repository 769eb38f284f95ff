import { listingPageCount, pagePaths } from '../features/content/contract/paths.ts';
import type {
  Article,
  Page,
  PastAddresses,
  SiteSource,
  WithdrawnPlace,
} from '../features/content/contract/schema.ts';
import { listedArticle, type ListedArticle } from './listedArticle.ts';
import { buildSectionTree, type SectionTree } from '../features/content/contract/sectionTree.ts';
import { topicsAndAuthors, type AuthorListing, type TopicListing } from './deriveTopics.ts';
import { sortNewestFirst } from './newestFirst.ts';
import {
  ledgerPlacesById,
  listingPlaces,
  withdrawnPlacesOf,
  type PlacesOfListings,
} from './withdrawnPlaces.ts';

/**
 * The shape of the whole site, worked out once from validated content:
 * every listing, every page count and every article's address. Listings,
 * feeds, the sitemap, the page routes and their collision check all read it,
 * so each of those facts has one home.
 */
export type SiteShape = {
  site: SiteSource;
  tree: SectionTree;
  /** Every article, newest first. */
  articles: readonly ListedArticle[];
  /** The site's own pages (about, contact …), by id. */
  pages: readonly Page[];
  /** Per section id: its own articles and its descendants', newest first. */
  listings: ReadonlyMap<string, readonly ListedArticle[]>;
  /** Every listing's places: its articles and withdrawn articles' places, which its pages are cut from. */
  places: PlacesOfListings;
  /** How many listing pages each section has. */
  pageCount: (sectionId: string) => number;
  /** An article's site-relative address, e.g. `/news/koreas/jikji-movable-type`. */
  articlePath: (article: Pick<ListedArticle, 'id' | 'section'>) => string;
  /** Per topic id (the tags' slugs) and per author id: the topic or author and its articles, newest first. */
  topics: ReadonlyMap<string, TopicListing>;
  authors: ReadonlyMap<string, AuthorListing>;
  /** Addresses that once had an article: withdrawn, or moved to another section (past-addresses.json). */
  pastAddresses: PastAddresses;
  /** The place the ledger keeps for each id it withdrew (withdrawnPlaces.ts), whether the article is back or not. */
  ledgerPlaces: ReadonlyMap<string, WithdrawnPlace>;
  /** Those of the ledger's places whose article is not live: the empty places of listings, coverage for related stories. */
  withdrawnPlaces: ReadonlyMap<string, WithdrawnPlace>;
};

/** By id in code-unit order, the same on any machine (ids are ASCII). */
function sortById<T extends { id: string }>(documents: readonly T[]): T[] {
  return [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Linear in articles times section depth: each article is added to the
 * listing of its section and of every section above it. Articles come as
 * checked (listed, checkContent) or whole (tools and tests), which are listed here.
 */
export function siteShape(
  site: SiteSource,
  articles: readonly (ListedArticle | Article)[],
  pages: readonly Page[] = [],
  pastAddresses: PastAddresses = { withdrawn: [], moved: [] },
): SiteShape {
  const tree = buildSectionTree(site.sections);
  const sorted = sortNewestFirst(
    articles.map((article) => ('body' in article ? listedArticle(article) : article)),
  );
  const listings = new Map<string, ListedArticle[]>(site.sections.map((section) => [section.id, []]));
  for (const article of sorted) {
    for (const step of tree[article.section]?.trail ?? []) listings.get(step.id)?.push(article);
  }
  const { topics, authors } = topicsAndAuthors(site, sorted);
  const ledgerPlaces = ledgerPlacesById(pastAddresses);
  const withdrawnPlaces = withdrawnPlacesOf(ledgerPlaces, sorted);
  const places = listingPlaces({ tree, listings, topics, authors }, withdrawnPlaces);
  return {
    site,
    tree,
    articles: sorted,
    pages: sortById(pages),
    listings,
    places,
    pageCount: (sectionId) => listingPageCount(places.sections.get(sectionId)?.length ?? 0),
    articlePath: (article) => pagePaths.article(tree[article.section]?.path ?? '', article.id),
    topics,
    authors,
    pastAddresses,
    ledgerPlaces,
    withdrawnPlaces,
  };
}
