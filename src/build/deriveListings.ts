import * as v from 'valibot';
import {
  FRONT_PAGE_LATEST,
  FRONT_PAGE_PER_SECTION,
  LISTING_PAGE_SIZE,
  contentPaths,
} from '../features/content/contract/paths.ts';
import {
  articleSummarySchema,
  type ArticleSummary,
  type FrontPage,
  type SectionPage,
  type SiteSource,
  type articleSchema,
} from '../features/content/contract/schema.ts';
import { buildSectionTree, sectionWithDescendants } from '../features/content/contract/sectionTree.ts';

type ParsedArticle = v.InferOutput<typeof articleSchema>;

/** The summary schema keeps exactly the listing's fields and drops the rest. */
function toSummary(article: ParsedArticle): ArticleSummary {
  return v.parse(articleSummarySchema, article);
}

function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || a.id.localeCompare(b.id);
}

function paginate(sectionId: string, items: ArticleSummary[]): SectionPage[] {
  const totalPages = Math.max(1, Math.ceil(items.length / LISTING_PAGE_SIZE));
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
 * lists its own articles and its descendants', newest first, a page per 20.
 */
export function deriveListings(
  site: SiteSource,
  articles: readonly ParsedArticle[],
): Map<string, SectionPage | FrontPage> {
  const tree = buildSectionTree(site.sections);
  const summaries = articles.map(toSummary).sort(newestFirst);
  const documents = new Map<string, SectionPage | FrontPage>();

  const listingOf = (sectionId: string) => {
    const ids = sectionWithDescendants(tree, sectionId);
    return summaries.filter((summary) => ids.has(summary.section));
  };

  for (const section of site.sections) {
    for (const page of paginate(section.id, listingOf(section.id))) {
      documents.set(contentPaths.sectionPage(section.id, page.page), page);
    }
  }

  const front: FrontPage = {
    latest: summaries.slice(0, FRONT_PAGE_LATEST),
    sections: site.sections
      .filter((section) => section.parent === undefined)
      .map((section) => ({
        section: section.id,
        items: listingOf(section.id).slice(0, FRONT_PAGE_PER_SECTION),
      })),
  };
  documents.set(contentPaths.front(), front);
  return documents;
}
