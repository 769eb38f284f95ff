import * as v from 'valibot';
import type { SavedArticle } from '@/features/reader-state/savedArticles';
import { heroPictureIn, type HeroPicture } from './heroPicture';
import { absoluteUrl, articleJsonUrl, articleLinksUrl, articlePageUrl, isSameOrigin } from './savedCache';

/** Whether the article has a hero, and which: its JSON's image. */
const heroSchema = v.object({ image: v.optional(v.object({ src: v.string() })) });

/** The parts of Cache Storage the reconciler uses. */
export type SavedCache = Pick<Cache, 'keys' | 'put' | 'delete'>;

export type OfflineEnvironment = {
  caches: { open: (name: string) => Promise<SavedCache> };
  fetch: (url: string) => Promise<Response>;
  /** The URL of the hero variant this device shows (see heroVariant.ts). */
  heroUrl: (picture: HeroPicture, articlePath: string) => Promise<string>;
  persist: () => Promise<unknown>;
  isOnline: () => boolean;
};

/** A failure to store, in words that finish "couldn't store it: …". */
export class StoreFailure extends Error {}

type Fetched = { url: string; response: Response; bytes: number };

async function fetchFile(env: OfflineEnvironment, url: string, what: string): Promise<Fetched> {
  let response: Response;
  try {
    response = await env.fetch(url);
  } catch {
    throw new StoreFailure(env.isOnline() ? 'the connection failed' : 'this device was offline');
  }
  if (!response.ok) {
    throw new StoreFailure(`${what} could not be downloaded (error ${String(response.status)})`);
  }
  // Kept whole until every file has arrived: an article is stored completely or not at all.
  const copy = response.clone();
  const bytes = (await response.blob()).size;
  return { url, response: copy, bytes };
}

async function heroOf(env: OfflineEnvironment, page: Fetched, json: Fetched, path: string) {
  let data: unknown;
  try {
    data = await json.response.clone().json();
  } catch {
    throw new StoreFailure('the article’s text could not be read');
  }
  const parsed = v.safeParse(heroSchema, data);
  if (!parsed.success) throw new StoreFailure('the article’s text could not be read');
  if (!parsed.output.image) return undefined;
  const picture = heroPictureIn(await page.response.clone().text(), parsed.output.image.src);
  if (!picture) throw new StoreFailure('the article’s page has no picture where its text says');
  return env.heroUrl(picture, path);
}

/**
 * Downloads everything a saved article needs offline (its page, JSON, links
 * and hero at this device's size) and puts it in the cache. Files on another
 * server are left out: a page may only keep its own origin's responses.
 * Returns the files stored and the bytes of their bodies.
 */
export async function storeArticle(env: OfflineEnvironment, cache: SavedCache, article: SavedArticle) {
  const sameOrigin = (url: string | undefined): url is string => url !== undefined && isSameOrigin(url);
  const [page, json, links] = await Promise.all([
    fetchFile(env, articlePageUrl(article.path), 'the page'),
    sameOrigin(articleJsonUrl(article.id))
      ? fetchFile(env, articleJsonUrl(article.id), 'the article’s text')
      : undefined,
    sameOrigin(articleLinksUrl(article.id))
      ? fetchFile(env, articleLinksUrl(article.id), 'the article’s links')
      : undefined,
  ]);
  const heroAddress = json && (await heroOf(env, page, json, article.path));
  const heroUrl = heroAddress && absoluteUrl(heroAddress);
  const hero = sameOrigin(heroUrl) ? await fetchFile(env, heroUrl, 'the picture') : undefined;
  const files = [page, json, links, hero].filter((file): file is Fetched => file !== undefined);
  try {
    await Promise.all(files.map((file) => cache.put(file.url, file.response)));
  } catch (error) {
    // What did get in is removed by the reconciler's sweep, which knows what other articles still need.
    throw new StoreFailure(
      error instanceof DOMException && error.name === 'QuotaExceededError'
        ? 'this browser has no room left for it'
        : 'this browser would not keep it',
    );
  }
  return { files: files.map((file) => file.url), bytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}
