import { LISTING_PAGE_SIZE, contentPaths, listingPageCount } from '../features/content/contract/paths.ts';
import type {
  ArticleSummary,
  AuthorPage,
  FrontPage,
  SectionPage,
  TopicPage,
} from '../features/content/contract/schema.ts';
import { summaryOf } from './articleSummary.ts';
import { deriveFrontPage } from './deriveFrontPage.ts';
import { topicDocuments } from './deriveTopics.ts';
import type { SiteShape } from './siteShape.ts';

function paginate(sectionId: string, items: readonly ArticleSummary[]): SectionPage[] {
  const totalPages = listingPageCount(items.length);
  return Array.from({ length: totalPages }, (_, index) => ({
    section: sectionId,
    page: index + 1,
    totalPages,
    totalArticles: items.length,
    items: items.slice(index * LISTING_PAGE_SIZE, (index + 1) * LISTING_PAGE_SIZE),
  }));
}

/**
 * Every derived document, keyed by its path below the content base: a section
 * lists its own articles and its descendants', newest first, a page per 20;
 * the front page is arranged by deriveFrontPage.
 */
export function deriveListings({
  site,
  articles,
  listings,
  topics,
  authors,
}: SiteShape): Map<string, SectionPage | FrontPage | TopicPage | AuthorPage> {
  const listingOf = (sectionId: string) => (listings.get(sectionId) ?? []).map(summaryOf);
  const documents = new Map<string, SectionPage | FrontPage | TopicPage | AuthorPage>();

  for (const section of site.sections) {
    for (const page of paginate(section.id, listingOf(section.id))) {
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
  for (const [name, document] of topicDocuments({ topics, authors }, summaryOf))
    documents.set(name, document);
  return documents;
}
