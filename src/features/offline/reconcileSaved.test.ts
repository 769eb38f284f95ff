import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SavedArticle } from '@/features/reader-state/savedArticles';
import { fakeCacheStorage } from './fakeCacheStorage.test-helper';
import { copyOf, offlineCopiesStore } from './offlineCopies';
import { reconcileSaved } from './reconcileSaved';
import { SAVED_CACHE_NAME } from './savedCache';
import type { HeroPicture } from './heroPicture';
import type { OfflineEnvironment } from './storeArticle';

function savedArticle(id: string): SavedArticle {
  return { id, path: `/news/${id}`, headline: `Headline ${id}`, savedAt: 1 };
}

/** A server with one article per id, each with a photo hero; `status` overrides a path's answer. */
function fakeServer(status: Record<string, number> = {}) {
  const bodies: Record<string, string> = {
    '/saved': '<html>saved</html>',
  };
  const publish = (id: string, heroSrc = `images/${id}.jpg`) => {
    const stem = heroSrc.replace(/^images\/|\.jpg$/g, '');
    const isRemote = heroSrc.startsWith('https:');
    // The hero as the prerendered page writes it (see heroPicture.test.ts for the real markup).
    const sources = isRemote
      ? ''
      : `<source type="image/avif" srcSet="/content/images/variants/${stem}-480.avif 480w,/content/images/variants/${stem}-960.avif 960w" sizes="100vw"/>`;
    const img = isRemote ? heroSrc : `/content/${heroSrc}`;
    bodies[`/news/${id}`] =
      `<main><h1>${id}</h1><figure><picture>${sources}<img src="${img}"/></picture></figure></main>`;
    bodies[`/content/articles/${id}.json`] = JSON.stringify({ id, image: { src: heroSrc, width: 1600 } });
    bodies[`/content/article-links/${id}.json`] = JSON.stringify({ related: [] });
    bodies[`/content/images/variants/${stem}-960.avif`] = 'x'.repeat(900);
  };
  const fetch = vi.fn((url: string) => {
    const path = new URL(url).pathname;
    const body = bodies[path];
    const code = status[path] ?? (body === undefined ? 404 : 200);
    return Promise.resolve(new Response(code === 200 ? body : 'no', { status: code }));
  });
  return { fetch, publish, bodies };
}

/** Stands in for the browser's choice from the hero's srcset: the 960 px one, else the image itself. */
const heroUrl = ({ sources, src }: HeroPicture) =>
  Promise.resolve(/([^\s,]+) 960w/.exec(sources[0]?.srcset ?? '')?.[1] ?? src);

function environment(server: ReturnType<typeof fakeServer>) {
  const caches = fakeCacheStorage();
  const persist = vi.fn(() => Promise.resolve(true));
  const env: OfflineEnvironment = {
    caches: caches.storage,
    fetch: server.fetch,
    heroUrl,
    persist,
    isOnline: () => true,
  };
  return { env, persist, stored: () => caches.paths(SAVED_CACHE_NAME) };
}

beforeEach(() => {
  offlineCopiesStore.update(() => ({ copies: [], persistAsked: false }));
});

describe('reconcileSaved', () => {
  it('stores a saved article’s page, JSON, links and hero, and /saved’s page, with their size', async () => {
    const server = fakeServer();
    server.publish('harbour');
    const { env, stored } = environment(server);

    await reconcileSaved(env, [savedArticle('harbour')], { retry: 'all' });

    expect(stored()).toEqual([
      '/content/article-links/harbour.json',
      '/content/articles/harbour.json',
      '/content/images/variants/harbour-960.avif',
      '/news/harbour',
      '/saved',
    ]);
    const bodies = ['/news/harbour', '/content/articles/harbour.json', '/content/article-links/harbour.json'];
    const expectedBytes = bodies.reduce((sum, path) => sum + (server.bodies[path]?.length ?? 0), 900);
    expect(copyOf('harbour')).toMatchObject({ kind: 'stored', bytes: expectedBytes });
  });

  it('deletes an un-saved article’s files, and /saved’s page once nothing is saved', async () => {
    const server = fakeServer();
    server.publish('harbour');
    server.publish('ferry');
    const { env, stored } = environment(server);
    await reconcileSaved(env, [savedArticle('harbour'), savedArticle('ferry')], { retry: 'all' });

    await reconcileSaved(env, [savedArticle('ferry')], { retry: 'all' });
    expect(stored().filter((path) => path.includes('harbour'))).toEqual([]);
    expect(stored()).toContain('/news/ferry');
    expect(copyOf('harbour')).toBeUndefined();

    await reconcileSaved(env, [], { retry: 'all' });
    expect(stored()).toEqual([]);
  });

  it('keeps a file two saved articles share until neither needs it', async () => {
    const server = fakeServer();
    server.publish('harbour', 'images/shared.jpg');
    server.publish('ferry', 'images/shared.jpg');
    const { env, stored } = environment(server);
    await reconcileSaved(env, [savedArticle('harbour'), savedArticle('ferry')], { retry: 'all' });

    await reconcileSaved(env, [savedArticle('ferry')], { retry: 'all' });
    expect(stored()).toContain('/content/images/variants/shared-960.avif');

    await reconcileSaved(env, [], { retry: 'all' });
    expect(stored()).not.toContain('/content/images/variants/shared-960.avif');
  });

  it('stores nothing of an article one of whose files fails, and says why', async () => {
    const server = fakeServer({ '/content/images/variants/harbour-960.avif': 500 });
    server.publish('harbour');
    const { env, stored, persist } = environment(server);

    await reconcileSaved(env, [savedArticle('harbour')], { retry: 'all' });

    expect(stored()).toEqual(['/saved']);
    expect(copyOf('harbour')).toMatchObject({
      kind: 'failed',
      reason: 'the picture could not be downloaded (error 500)',
    });
    expect(persist).not.toHaveBeenCalled();
  });

  it('tries a failed article again only when asked, then stores it', async () => {
    const status: Record<string, number> = { '/content/articles/harbour.json': 503 };
    const server = fakeServer(status);
    server.publish('harbour');
    const { env, stored } = environment(server);
    await reconcileSaved(env, [savedArticle('harbour')], { retry: 'all' });
    delete status['/content/articles/harbour.json'];

    await reconcileSaved(env, [savedArticle('harbour')], { retry: new Set() });
    expect(copyOf('harbour')).toMatchObject({ kind: 'failed' });

    await reconcileSaved(env, [savedArticle('harbour')], { retry: new Set(['harbour']) });
    expect(copyOf('harbour')).toMatchObject({ kind: 'stored' });
    expect(stored()).toContain('/content/articles/harbour.json');
  });

  it('asks for persistent storage once, on the first article stored', async () => {
    const server = fakeServer();
    server.publish('harbour');
    server.publish('ferry');
    const { env, persist } = environment(server);

    await reconcileSaved(env, [savedArticle('harbour')], { retry: 'all' });
    await reconcileSaved(env, [savedArticle('harbour'), savedArticle('ferry')], { retry: 'all' });

    expect(persist).toHaveBeenCalledTimes(1);
    expect(offlineCopiesStore.getSnapshot().data.persistAsked).toBe(true);
  });

  it('stores again an article whose record says stored but whose files left the cache', async () => {
    const server = fakeServer();
    server.publish('harbour');
    const first = environment(server);
    await reconcileSaved(first.env, [savedArticle('harbour')], { retry: 'all' });
    server.fetch.mockClear();

    const cleared = environment(server);
    await reconcileSaved(cleared.env, [savedArticle('harbour')], { retry: 'all' });

    expect(cleared.stored()).toContain('/news/harbour');
    expect(server.fetch).toHaveBeenCalledWith(expect.stringMatching(/\/news\/harbour$/));
  });

  it('fetches nothing again for an article that is already stored', async () => {
    const server = fakeServer();
    server.publish('harbour');
    const { env } = environment(server);
    await reconcileSaved(env, [savedArticle('harbour')], { retry: 'all' });
    server.fetch.mockClear();

    await reconcileSaved(env, [savedArticle('harbour')], { retry: 'all' });

    expect(server.fetch.mock.calls.map(([url]) => new URL(url).pathname)).toEqual(['/saved']);
  });

  it('leaves out a hero on another server, which the page may not keep', async () => {
    const server = fakeServer();
    server.publish('harbour', 'https://images.example/harbour.jpg');
    const { env, stored } = environment(server);

    await reconcileSaved(env, [savedArticle('harbour')], { retry: 'all' });

    expect(copyOf('harbour')).toMatchObject({ kind: 'stored' });
    expect(stored()).toEqual([
      '/content/article-links/harbour.json',
      '/content/articles/harbour.json',
      '/news/harbour',
      '/saved',
    ]);
  });
});
