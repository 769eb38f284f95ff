import { listingDocuments } from '../features/content/contract/listingPages.ts';
import { contentPaths } from '../features/content/contract/paths.ts';
import type {
  Article,
  AuthorPage,
  FrontPage,
  SectionPage,
  TopicPage,
} from '../features/content/contract/schema.ts';
import { summaryOf } from './articleSummary.ts';
import { deriveFrontPage } from './deriveFrontPage.ts';
import { topicDocuments } from './deriveTopics.ts';
import type { SiteShape } from './siteShape.ts';

const summaryOrPlace = (article: Article | null) => article && summaryOf(article);

/**
 * Every derived document, keyed by its path below the content base: a section
 * lists its own articles and its descendants', the newest 20 on its first
 * page and the rest in archive pages counted from the oldest, withdrawn
 * stories keeping their places (listingPages.ts); the front page is arranged by deriveFrontPage.
 */
export function deriveListings({
  site,
  articles,
  listings,
  places,
  topics,
  authors,
}: SiteShape): Map<string, SectionPage | FrontPage | TopicPage | AuthorPage> {
  const listingOf = (sectionId: string) => (listings.get(sectionId) ?? []).map(summaryOf);
  const documents = new Map<string, SectionPage | FrontPage | TopicPage | AuthorPage>();

  for (const section of site.sections) {
    const sectionPlaces = (places.sections.get(section.id) ?? []).map(summaryOrPlace);
    for (const page of listingDocuments({ section: section.id }, sectionPlaces)) {
      documents.set(contentPaths.sectionPage(section.id, page.page), page);
    }
  }

  const front = deriveFrontPage({
    newest: articles.map(summaryOf),
    sections: site.sections
      .filter((section) => section.parent === undefined)
      .map((section) => ({ id: section.id, listing: listingOf(section.id) })),
  });
  documents.set(contentPaths.front(), front);
  for (const [name, document] of topicDocuments({ topics, authors, places }, summaryOrPlace))
    documents.set(name, document);
  return documents;
}
