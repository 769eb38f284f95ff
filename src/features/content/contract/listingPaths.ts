/**
 * The topic and author listings' documents and feeds: in their own module
 * rather than beside contentPaths and feedPaths, so the article page's entry script, which links to topic and
 * author pages but never reads their listings, does not carry them.
 */
export const listingPaths = {
  topicPage: (topicId: string, page: number) => `topics/${topicId}/page-${String(page)}.json`,
  authorPage: (authorId: string, page: number) => `authors/${authorId}/page-${String(page)}.json`,
  topicFeed: (topicId: string) => `/feeds/topics/${topicId}.xml`,
  authorFeed: (authorId: string) => `/feeds/authors/${authorId}.xml`,
};
