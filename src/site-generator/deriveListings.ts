import {
  listingDocument,
  listingPageCuts,
  storiesOf,
  type ListingPageCut,
} from '../features/content/contract/listingPages.ts';
import { contentPaths, listingPageCount } from '../features/content/contract/paths.ts';
import type {
  ArticleSummary,
  AuthorPage,
  FrontPage,
  SectionPage,
  TopicPage,
} from '../features/content/contract/schema.ts';
import type { ListedArticle } from './listedArticle.ts';
import { summaryOf } from './articleSummary.ts';
import { deriveFrontPage } from './deriveFrontPage.ts';
import { topicListings } from './deriveTopics.ts';
import type { DocumentPlan } from './documentPlan.ts';
import type { SiteShape } from './siteShape.ts';
import type { ListingPlaces } from './withdrawnPlaces.ts';

export type ListingDocument = SectionPage | TopicPage | AuthorPage;

/** One listing page, not made yet: its head, its cut (ListingPageCut) with each place's article id. */
export type ListingPlan = DocumentPlan<
  { head: object; page: number; about: ListingPageCut<unknown>['about']; places: (string | null)[] },
  ListingDocument
>;

/** Summaries of `articles` made one at a time, as far as they are read: the front page reads a few. */
function* summariesOf(articles: Iterable<ListedArticle>): Generator<ArticleSummary> {
  for (const article of articles) yield summaryOf(article);
}

/** The pages of one listing, each as a plan: its document is made only when asked. */
function* listingPlans(
  head: object,
  places: ListingPlaces,
  fileOf: (page: number) => string,
): Generator<ListingPlan> {
  for (const cut of listingPageCuts(places)) {
    const ids = cut.places.map((article) => article?.id ?? null);
    const stories = storiesOf(cut.places);
    yield {
      file: fileOf(cut.page),
      inputs: { head, page: cut.page, about: cut.about, places: ids },
      shows: stories.map((article) => article.id),
      // The head decides which kind of page this is (a section, a topic, an author).
      make: () => listingDocument(head, cut, stories.map(summaryOf)) as ListingDocument,
    };
  }
}

/** A listing by kind and id: `section:news`, `topic:tides`, `author:kim`. */
export type ListingKey = `${'section' | 'topic' | 'author'}:${string}`;

/** Every listing of the site: its key, what heads its pages, its places and where each page goes. */
function* everyListing({ site, places, topics, authors }: SiteShape): Generator<{
  key: ListingKey;
  head: object;
  places: ListingPlaces;
  fileOf: (page: number) => string;
}> {
  for (const section of site.sections) {
    yield {
      key: `section:${section.id}`,
      head: { section: section.id },
      places: places.sections.get(section.id) ?? [],
      fileOf: (page) => contentPaths.sectionPage(section.id, page),
    };
  }
  for (const listing of topicListings({ topics, authors, places })) {
    const key: ListingKey =
      'topic' in listing.head ? `topic:${listing.head.topic.id}` : `author:${listing.head.author.id}`;
    yield { key, ...listing };
  }
}

/**
 * Every section, topic and author listing page, as a plan: a section lists its
 * own articles and its descendants', the newest 20 on its first page and the
 * rest in archive pages counted from the oldest, withdrawn stories keeping
 * their places (listingPages.ts). Only the listings `isWanted` takes are
 * planned; the pages of the others are in listingFiles.
 */
export function* planListings(
  shape: SiteShape,
  isWanted: (listing: ListingKey) => boolean = () => true,
): Generator<ListingPlan> {
  for (const { key, head, places, fileOf } of everyListing(shape)) {
    if (isWanted(key)) yield* listingPlans(head, places, fileOf);
  }
}

/** The page files of each listing, by key: what planListings would plan for it, without planning. */
export function* listingFiles(shape: SiteShape): Generator<{ key: ListingKey; files: string[] }> {
  for (const { key, places, fileOf } of everyListing(shape)) {
    const pages = listingPageCount(places.length);
    yield { key, files: Array.from({ length: pages }, (_, index) => fileOf(index + 1)) };
  }
}

/** The front page, arranged by deriveFrontPage from the newest stories: summaries of those it reads only. */
export function frontPageOf({ site, articles, listings }: SiteShape): FrontPage {
  return deriveFrontPage({
    newest: summariesOf(articles),
    sections: site.sections
      .filter((section) => section.parent === undefined)
      .map((section) => ({ id: section.id, listing: summariesOf(listings.get(section.id) ?? []) })),
  });
}

/** Every listing document and the front page, keyed by its path below the content base. */
export function deriveListings(shape: SiteShape): Map<string, ListingDocument | FrontPage> {
  const documents = new Map<string, ListingDocument | FrontPage>();
  for (const plan of planListings(shape)) documents.set(plan.file, plan.make());
  documents.set(contentPaths.front(), frontPageOf(shape));
  return documents;
}
