import { listingPaths } from '../features/content/contract/listingPaths.ts';
import type { PageData } from '../features/content/contract/pageData.ts';
import { listingPageCount, pagePaths } from '../features/content/contract/paths.ts';
import type { SiteSource } from '../features/content/contract/schema.ts';
import type { ListedArticle } from './listedArticle.ts';
import { slugify } from '../features/content/contract/slugify.ts';
import type { Author, Topic } from '../features/content/contract/topics.ts';
import type { ListingPlaces, PlacesOfListings } from './withdrawnPlaces.ts';

export type TopicListing = { topic: Topic; articles: readonly ListedArticle[] };
export type AuthorListing = { author: Author; articles: readonly ListedArticle[] };

// Each tag's topic id, kept: an archive repeats its tags endlessly, and slugify normalises Unicode.
// Emptied when it holds TAGS_KEPT, so a long-running dev server never holds every tag it ever saw.
const topicIds = new Map<string, string | undefined>();
const TAGS_KEPT = 50_000;

/** The topic a tag files its article under: its slug. The contract refuses a tag without one. */
export function topicIdOf(tag: string): string | undefined {
  if (topicIds.has(tag)) return topicIds.get(tag);
  if (topicIds.size >= TAGS_KEPT) topicIds.clear();
  const id = slugify(tag);
  topicIds.set(tag, id);
  return id;
}

/** The topic ids an article's tags give, once each, in the order of its tags. */
export function topicIdsOf(article: Pick<ListedArticle, 'tags'>): Set<string> {
  const ids = new Set<string>();
  for (const tag of article.tags ?? []) {
    const id = topicIdOf(tag);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/**
 * Every topic the tags make and every author site.json defines, each with its
 * articles newest first. `newestFirst` must already be sorted (siteShape's
 * order), so each listing is too, and a topic site.json does not describe
 * takes its title from the tag as written on its newest article. Tags that
 * give one id ("North Korea", "north-korea") are one topic, and an article
 * is in it once. A topic site.json describes but no tag uses has no page.
 * Linear in the number of tags.
 */
export function topicsAndAuthors(site: SiteSource, newestFirst: readonly ListedArticle[]) {
  const described = new Map(site.topics?.map((topic) => [topic.id, topic]));
  const topics = new Map<string, { topic: Topic; articles: ListedArticle[] }>();
  const authors = new Map<string, { author: Author; articles: ListedArticle[] }>(
    site.authors?.map((author) => [author.id, { author, articles: [] }]),
  );
  for (const article of newestFirst) {
    const ids = new Set<string>();
    for (const tag of article.tags ?? []) {
      const id = topicIdOf(tag);
      if (id === undefined || ids.has(id)) continue;
      ids.add(id);
      let listing = topics.get(id);
      if (!listing) {
        listing = { topic: described.get(id) ?? { id, title: tag }, articles: [] };
        topics.set(id, listing);
      }
      listing.articles.push(article);
    }
    for (const id of new Set(article.authors)) authors.get(id)?.articles.push(article);
  }
  return {
    topics: topics as ReadonlyMap<string, TopicListing>,
    authors: authors as ReadonlyMap<string, AuthorListing>,
  };
}

type TopicsAndAuthors = ReturnType<typeof topicsAndAuthors>;
type WithPlaces = TopicsAndAuthors & { places: Pick<PlacesOfListings, 'topics' | 'authors'> };

/** Every topic's and author's listing: what heads its pages, its places newest first, and where each page goes. */
export function* topicListings({ topics, authors, places }: WithPlaces): Generator<{
  head: { topic: Topic } | { author: Author };
  places: ListingPlaces;
  fileOf: (page: number) => string;
}> {
  for (const { topic } of topics.values()) {
    yield {
      head: { topic },
      places: places.topics.get(topic.id) ?? [],
      fileOf: (page) => listingPaths.topicPage(topic.id, page),
    };
  }
  for (const { author } of authors.values()) {
    yield {
      head: { author },
      places: places.authors.get(author.id) ?? [],
      fileOf: (page) => listingPaths.authorPage(author.id, page),
    };
  }
}

/** Every topic and author page: its address, the data it reads and what it is, for routes and the sitemap. */
export function* topicPages({ topics, authors, places }: WithPlaces): Generator<{
  url: string;
  data: PageData;
  what: string;
}> {
  const pageCount = (listing: ReadonlyMap<string, ListingPlaces>, id: string) =>
    listingPageCount(listing.get(id)?.length ?? 0);
  for (const { topic } of topics.values()) {
    for (let page = 1; page <= pageCount(places.topics, topic.id); page += 1) {
      const what = `topic "${topic.id}"${page > 1 ? `, page ${String(page)}` : ''}`;
      yield {
        url: pagePaths.topic(topic.id, page),
        data: { kind: 'topicPage', topic: topic.id, page },
        what,
      };
    }
  }
  for (const { author } of authors.values()) {
    for (let page = 1; page <= pageCount(places.authors, author.id); page += 1) {
      const what = `author "${author.id}"${page > 1 ? `, page ${String(page)}` : ''}`;
      yield {
        url: pagePaths.author(author.id, page),
        data: { kind: 'authorPage', author: author.id, page },
        what,
      };
    }
  }
}

/** The RSS feed of every topic and author: its title, page, own address and newest articles. */
export function* topicFeeds({ topics, authors }: TopicsAndAuthors, siteName: string, items: number) {
  for (const { topic, articles } of topics.values()) {
    yield {
      title: `${topic.title} | ${siteName}`,
      path: pagePaths.topic(topic.id),
      feedPath: listingPaths.topicFeed(topic.id),
      items: articles.slice(0, items),
    };
  }
  for (const { author, articles } of authors.values()) {
    yield {
      title: `${author.name} | ${siteName}`,
      path: pagePaths.author(author.id),
      feedPath: listingPaths.authorFeed(author.id),
      items: articles.slice(0, items),
    };
  }
}
