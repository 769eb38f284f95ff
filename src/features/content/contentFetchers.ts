import { contentUrl } from './contentUrl';
import { listingPaths } from './contract/listingPaths';
import { contentPaths } from './contract/paths';
import {
  articleLinksSchema,
  authorPageSchema,
  frontPageSchema,
  publishedSiteSchema,
  sectionPageSchema,
  topicPageSchema,
} from './contract/schema';
import { fetchJson, fetchUnknownJson } from './fetchJson';
import { parseArticle } from './parseArticle';
import { parsePage } from './parsePage';
import { toSite } from './site';

// Fetching and validating content needs the whole contract and the schema
// library, which a prerendered page does not: it arrives with its data. So
// this module is loaded with the first fetch (or a link's prefetch), not with
// the page.

export function fetchSite(signal: AbortSignal) {
  return fetchJson(contentUrl(contentPaths.site()), publishedSiteSchema, signal).then(toSite);
}

export function fetchFrontPage(signal: AbortSignal) {
  return fetchJson(contentUrl(contentPaths.front()), frontPageSchema, signal);
}

export function fetchSectionPage(sectionId: string, page: number, signal: AbortSignal) {
  return fetchJson(contentUrl(contentPaths.sectionPage(sectionId, page)), sectionPageSchema, signal);
}

export function fetchTopicPage(topicId: string, page: number, signal: AbortSignal) {
  return fetchJson(contentUrl(listingPaths.topicPage(topicId, page)), topicPageSchema, signal);
}

export function fetchAuthorPage(authorId: string, page: number, signal: AbortSignal) {
  return fetchJson(contentUrl(listingPaths.authorPage(authorId, page)), authorPageSchema, signal);
}

export async function fetchArticle(id: string, signal: AbortSignal) {
  const url = contentUrl(contentPaths.article(id));
  return parseArticle(await fetchUnknownJson(url, signal), url);
}

export function fetchArticleLinks(id: string, signal: AbortSignal) {
  return fetchJson(contentUrl(contentPaths.articleLinks(id)), articleLinksSchema, signal);
}

export async function fetchPage(id: string, signal: AbortSignal) {
  const url = contentUrl(contentPaths.page(id));
  return parsePage(await fetchUnknownJson(url, signal), url);
}
