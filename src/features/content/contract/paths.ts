/** Where each document lives below the content base; shared by the build and the browser. */
export const LISTING_PAGE_SIZE = 20;
/**
 * The front page: a lead and its secondaries beside a rail of the latest,
 * then a block of up to four stories per top-level section. The rail's
 * length is set so that the rail and the lead column end level at desktop
 * widths (see HomeRoute).
 */
export const FRONT_PAGE_SECONDARIES = 3;
export const FRONT_PAGE_LATEST = 8;
export const FRONT_PAGE_PER_SECTION = 4;
/**
 * An article's foot: "More from {section}" shows the section's stories
 * published before the article (after its previous story, which the foot
 * links already), and the build's related stories (deriveArticleLinks) never
 * repeat one of them. Earlier coverage only, so a new story never changes an
 * older article's page.
 */
export const MORE_FROM_SECTION = 4;
export const RELATED_STORIES = 4;

export const contentPaths = {
  site: () => 'site.json',
  /** The ledger of withdrawn and moved articles' old addresses (schema.ts, pastAddressesSchema). */
  pastAddresses: () => 'past-addresses.json',
  front: () => 'front.json',
  article: (id: string) => `articles/${id}.json`,
  /** Derived by the build: the article's previous, next and related stories. */
  articleLinks: (id: string) => `article-links/${id}.json`,
  page: (id: string) => `pages/${id}.json`,
  sectionPage: (sectionId: string, page: number) => `sections/${sectionId}/page-${String(page)}.json`,
};

/** The RSS feeds of the whole site and of each section, from the site root. */
export const feedPaths = {
  site: () => '/feeds/all.xml',
  section: (sectionId: string) => `/feeds/${sectionId}.xml`,
};

/** How many pages a listing of `articles` articles has: at least one, even when empty. */
export function listingPageCount(articles: number): number {
  return Math.max(1, Math.ceil(articles / LISTING_PAGE_SIZE));
}

/** Site-relative addresses of the pages: the one home of the site's URL shape. */
export const pagePaths = {
  front: () => '/',
  saved: () => '/saved',
  /** The search page; its query is in the address (`?q=…&section=…&sort=newest&scope=all`). */
  search: () => '/search',
  /** The address the not-found page is rendered at; the server sends that page for any unknown address. */
  notFound: () => '/404',
  /** The address the withdrawn notice is rendered at; the server sends it, with 410, at a withdrawn article's address. */
  withdrawn: () => '/410',
  /** A page of the site's own, such as `/about`. */
  page: (id: string) => `/${id}`,
  section: (sectionPath: string, page = 1) =>
    page > 1 ? `${sectionPath}/page/${String(page)}` : sectionPath,
  article: (sectionPath: string, id: string) => `${sectionPath}/${id}`,
  topic: (topicId: string, page = 1): string => pagePaths.section(`/topics/${topicId}`, page),
  author: (authorId: string, page = 1): string => pagePaths.section(`/authors/${authorId}`, page),
};

/** The prerendered file of a page, relative to the output folder: `news/koreas/index.html`. */
export function pageFile(pagePath: string): string {
  return pagePath === '/' ? 'index.html' : `${pagePath.slice(1)}/index.html`;
}
