/* eslint-disable testing-library/render-result-naming-convention -- the prerenderer here is the build's, not testing-library's render */
import { test } from '@fast-check/vitest';
import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import * as v from 'valibot';
import { beforeAll, describe, expect } from 'vitest';
import { App } from '../app/App';
import { preloadRoutes } from '../app/lazyRoute';
import { createQueryClient } from '../app/queryClient';
import { createPageRenderer } from '../entry-server';
import { markNotFoundDocument } from '../app/notFoundDocument';
import { contentPaths, pagePaths } from '../features/content/contract/paths';
import { articleSchema, pageSchema, siteSchema } from '../features/content/contract/schema';
import { contentDocuments } from '../testing/contentArbitraries';
import { preloadRegions } from '../testing/renderRoute';
import { articleSource, pageSource, section, siteSource } from '../testing/contentFixtures';
import { deriveListings } from './deriveListings';
import { publishedSite } from './prepareContent';
import { composeDocument, type RenderedPage } from './composeDocument';
import { siteRoutes, type Route } from './siteRoutes';
import { siteShape } from './siteShape';

/** Property runs: a few per unit-suite run (each renders and hydrates four pages), more with `FC_RUNS`. */
const numRuns = Number(process.env.FC_RUNS ?? 12);
// Each run renders and hydrates four pages: allow for FC_RUNS in the hundreds.
vi.setConfig({ testTimeout: 600_000 });
const template = readFileSync(path.resolve(import.meta.dirname, '../../index.html'), 'utf8');

type Content = { site: unknown; articles: { id: string }[]; pages: { id: string }[] };

/**
 * The content server of a build: sources as the publisher wrote them, and
 * site.json and the listings as the build derives them.
 */
function serveContent(content: Content, site: object, listings: Map<string, unknown>): typeof fetch {
  const files = new Map<string, string>([[`/content/${contentPaths.site()}`, JSON.stringify(site)]]);
  for (const article of content.articles) {
    files.set(`/content/${contentPaths.article(article.id)}`, JSON.stringify(article));
  }
  for (const page of content.pages) {
    files.set(`/content/${contentPaths.page(page.id)}`, JSON.stringify(page));
  }
  for (const [name, document] of listings) files.set(`/content/${name}`, JSON.stringify(document));
  return (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://site.invalid');
    const body = files.get(decodeURIComponent(url.pathname));
    return Promise.resolve(
      body === undefined
        ? new Response('Not found', { status: 404 })
        : new Response(body, { headers: { 'Content-Type': 'application/json' } }),
    );
  };
}

/** What a reader's browser gets: the document as UTF-8 bytes over the wire, decoded and parsed. */
function overTheWire(route: Route, page: RenderedPage, language: string): Document {
  const html = composeDocument(template, page, {
    url: route.url,
    language,
    routeAssets: { styleTags: '', scripts: [] },
  });
  const decoded = new TextDecoder().decode(new TextEncoder().encode(html));
  return new DOMParser().parseFromString(decoded, 'text/html');
}

/** Hydrates the page's markup with its embedded state, as main.tsx does; returns every error React reports. */
async function hydrationErrors(received: Document, url: string, routeSources: string[]): Promise<string[]> {
  const errors: string[] = [];
  const report = (error: unknown) => errors.push(error instanceof Error ? error.message : String(error));
  const consoleError = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    report(args.map(String).join(' '));
  });
  document.body.innerHTML = received.body.innerHTML;
  window.history.replaceState(null, '', url);
  const queryClient = createQueryClient();
  hydrate(
    queryClient,
    JSON.parse(document.getElementById('query-state')?.textContent ?? '{}') as DehydratedState,
  );
  await preloadRoutes(routeSources);
  const container = document.getElementById('root');
  if (!container) throw new Error('the page has no #root');
  const root = await act(() =>
    hydrateRoot(container, <App queryClient={queryClient} Router={BrowserRouter} />, {
      onRecoverableError: report,
      onCaughtError: report,
      onUncaughtError: report,
    }),
  );
  act(() => {
    root.unmount();
  });
  consoleError.mockRestore();
  queryClient.clear();
  return errors;
}

/**
 * Page code (and the code of the regions hydrated later) loaded before any server render, as the prerender worker finds it
 * after its first pages. Otherwise the renderer falls back to React's async
 * `prerender`, which (React 19.3) leaves context values behind in this one
 * JavaScript realm, and the client render after it sees a router that is not there.
 */
const LAZY_ROUTES = [
  'src/routes/HomeRoute.tsx',
  'src/routes/SectionRoute.tsx',
  'src/routes/SavedRoute.tsx',
  'src/routes/SearchRoute.tsx',
  'src/routes/PageRoute.tsx',
  'src/routes/TopicRoute.tsx',
  'src/routes/AuthorRoute.tsx',
  'src/routes/NotFoundRoute.tsx',
];
beforeAll(async () => {
  await preloadRoutes(LAZY_ROUTES);
  await preloadRegions();
});

describe('whatever the contract accepts', () => {
  test.prop([contentDocuments], { numRuns })(
    'renders pages that hydrate without a React error, with state and JSON-LD that read back unchanged',
    async (content) => {
      const site = v.parse(siteSchema, content.site);
      const articles = content.articles.map((article) => v.parse(articleSchema, article));
      const ownPages = content.pages.map((page) => v.parse(pageSchema, page));
      const shape = siteShape(site, articles, ownPages);
      const published = publishedSite(content.site, shape, undefined);
      vi.stubGlobal('fetch', serveContent(content, published, deriveListings(shape)));
      const prerenderPage = createPageRenderer();
      const routes = siteRoutes(shape);
      // The front page, a section, one of the site's own pages and an article.
      const ownPage = routes.find((route) => route.data?.some((data) => data.kind === 'page'));
      // And a topic's and an author's page, when the content makes them.
      const listingOf = (kind: string) =>
        routes.find((route) => route.data?.some((data) => data.kind === kind));
      const pages = [
        routes[0],
        routes[2],
        ownPage,
        listingOf('topicPage'),
        listingOf('authorPage'),
        routes.at(-1),
      ].filter((route) => route !== undefined);
      expect(ownPage).toBeDefined();

      for (const route of pages) {
        const page = await prerenderPage(route.url, route.data);
        const received = overTheWire(route, page, site.language);

        const state = received.getElementById('query-state')?.textContent ?? '';
        expect(JSON.parse(state)).toEqual(JSON.parse(JSON.stringify(page.state)));
        const head = new DOMParser().parseFromString(page.head, 'text/html');
        for (const script of head.querySelectorAll('script[type="application/ld+json"]')) {
          const graph = JSON.parse(script.textContent) as { '@graph': { headline?: string }[] };
          const article = articles.find((candidate) => shape.articlePath(candidate) === route.url);
          if (article) expect(graph['@graph'][0]?.headline).toBe(article.headline);
        }
        expect(received.querySelector('#root h1')).not.toBeNull();
        const shown = ownPages.find((candidate) => route.url === `/${candidate.id}`);
        if (shown) expect(received.querySelector('#root h1')?.textContent).toBe(shown.title);
        expect(await hydrationErrors(received, route.url, page.routeSources), route.url).toEqual([]);
      }
    },
  );
});

describe('the not-found page, which the server sends for any unknown address', () => {
  it.each(['/no-such-page', '/no/such/page'])(
    'hydrates at %s with the mirror links it was rendered with',
    async (address) => {
      const content = {
        site: { ...siteSource([section('sec-news')]), mirrors: ['https://mirror.example/paper'] },
        articles: [articleSource({ id: 'story-a', section: 'sec-news' })],
        pages: [pageSource({ id: 'page-about' })],
      };
      const shape = siteShape(
        v.parse(siteSchema, content.site),
        content.articles.map((article) => v.parse(articleSchema, article)),
        content.pages.map((page) => v.parse(pageSchema, page)),
      );
      const published = publishedSite(content.site, shape, undefined);
      vi.stubGlobal('fetch', serveContent(content, published, deriveListings(shape)));
      const route = { url: pagePaths.notFound(), file: '404.html' };

      const page = await createPageRenderer()(route.url);
      const received = overTheWire(route, page, 'en-GB');
      markNotFoundDocument(address);

      const mirrorLink = received.querySelector('footer a[href^="https://mirror.example"]');
      expect(mirrorLink?.getAttribute('href')).toBe('https://mirror.example/paper/');
      expect(await hydrationErrors(received, address, page.routeSources)).toEqual([]);
    },
  );
});
