/** Where each document lives below the content base; shared by the build and the browser. */
export const LISTING_PAGE_SIZE = 20;
export const FRONT_PAGE_LATEST = 10;
export const FRONT_PAGE_PER_SECTION = 4;

export const contentPaths = {
  site: () => 'site.json',
  front: () => 'front.json',
  article: (id: string) => `articles/${id}.json`,
  sectionPage: (sectionId: string, page: number) => `sections/${sectionId}/page-${String(page)}.json`,
};

/** The RSS feeds of the whole site and of each section, from the site root. */
export const feedPaths = {
  site: () => '/feeds/all.xml',
  section: (sectionId: string) => `/feeds/${sectionId}.xml`,
};
