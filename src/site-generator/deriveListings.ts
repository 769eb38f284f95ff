import {
  listingDocument,
  listingPageCuts,
  storiesOf,
  type ListingPageCut,
} from '../features/content/contract/listingPages.ts';
import { contentPaths } from '../features/content/contract/paths.ts';
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

/**
 * Every section, topic and author listing page, as a plan: a section lists its
 * own articles and its descendants', the newest 20 on its first page and the
 * rest in archive pages counted from the oldest, withdrawn stories keeping
 * their places (listingPages.ts).
 */
export function* planListings({ site, places, topics, authors }: SiteShape): Generator<ListingPlan> {
  for (const section of site.sections) {
    yield* listingPlans({ section: section.id }, places.sections.get(section.id) ?? [], (page) =>
      contentPaths.sectionPage(section.id, page),
    );
  }
  for (const { head, places: listing, fileOf } of topicListings({ topics, authors, places })) {
    yield* listingPlans(head, listing, fileOf);
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
