// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articlesInSection,
  section,
  siteSource,
  validatedArticle,
  validatedPage,
} from '../testing/contentFixtures';
import { deriveDiscovery } from './deriveDiscovery';
import { deriveListings } from './deriveListings';
import { loadContent } from './loadContent';
import { routeCollisions, siteRoutes } from './siteRoutes';
import { siteShape } from './siteShape';

const nestedSite = siteSource([section('news'), section('koreas', 'news'), section('science')]);

describe('siteRoutes', () => {
  it('lists the front page, saved page, search page, offline page, every section page and every article with its file', () => {
    const shape = siteShape(nestedSite, [
      ...articlesInSection('koreas', 21),
      validatedArticle({ id: 'tides', section: 'science' }),
    ]);

    const files = Object.fromEntries(siteRoutes(shape).map((route) => [route.url, route.file]));

    expect(files['/']).toBe('index.html');
    expect(files['/saved']).toBe('saved/index.html');
    expect(files['/search']).toBe('search/index.html');
    expect(files['/offline']).toBe('offline/index.html');
    expect(files['/news']).toBe('news/index.html');
    expect(files['/news/page/2']).toBe('news/page/2/index.html');
    expect(files['/news/koreas/page/2']).toBe('news/koreas/page/2/index.html');
    expect(files['/news/koreas/koreas-21']).toBe('news/koreas/koreas-21/index.html');
    expect(files['/science/tides']).toBe('science/tides/index.html');
    expect(files['/science/page/2']).toBeUndefined();
    // A first page has the section's address alone: the server moves /page/1 there.
    expect(Object.keys(files).filter((url) => url.endsWith('/page/1'))).toEqual([]);
    expect(Object.keys(files)).toHaveLength(4 + 3 + 2 + 22);
  });

  it('prerenders an article with its links document and the article itself, and no listing', () => {
    const shape = siteShape(nestedSite, [validatedArticle({ id: 'tides', section: 'science' })]);

    const route = siteRoutes(shape).find((candidate) => candidate.url === '/science/tides');

    expect(route?.data).toEqual([
      { kind: 'article', id: 'tides' },
      { kind: 'articleLinks', id: 'tides' },
    ]);
  });

  it('gives each of the site’s own pages its address at the top, a file and its content to read', () => {
    const shape = siteShape(
      nestedSite,
      [validatedArticle()],
      [validatedPage({ id: 'privacy' }), validatedPage({ id: 'about' })],
    );

    const pages = siteRoutes(shape).filter((route) => route.data?.some((data) => data.kind === 'page'));

    expect(pages).toEqual([
      { url: '/about', file: 'about/index.html', data: [{ kind: 'page', id: 'about' }] },
      { url: '/privacy', file: 'privacy/index.html', data: [{ kind: 'page', id: 'privacy' }] },
    ]);
  });

  it('writes every page of the sample content inside the output folder', async () => {
    const content = await loadContent(path.resolve(import.meta.dirname, '../../public/content'));
    const outDir = path.resolve('/srv/out');

    for (const route of siteRoutes(siteShape(content.site, content.articles, content.pages))) {
      expect(path.resolve(outDir, route.file).startsWith(`${outDir}${path.sep}`), route.file).toBe(true);
    }
  });
});

describe('routeCollisions', () => {
  it('finds none in the sample content', async () => {
    const content = await loadContent(path.resolve(import.meta.dirname, '../../public/content'));

    expect(routeCollisions(siteShape(content.site, content.articles, content.pages))).toEqual([]);
  });

  it('names the page file when a page takes the address of a top-level section', () => {
    const shape = siteShape(
      nestedSite,
      [],
      [validatedPage({ id: 'science' }), validatedPage({ id: 'koreas' })],
    );

    expect(routeCollisions(shape)).toEqual([
      'pages/science.json: id: the address /science of page "science" is already the address of ' +
        'section "science" (site.json sections[2].id); rename one of them',
    ]);
  });

  it('names both files when an article takes the address of a child section', () => {
    const shape = siteShape(nestedSite, [validatedArticle({ id: 'koreas', section: 'news' })]);

    expect(routeCollisions(shape)).toEqual([
      'articles/koreas.json: id: the address /news/koreas of article "koreas" is already the address of ' +
        'section "koreas" (site.json sections[1].id); rename one of them',
    ]);
  });
});

describe('deriving the site at scale', () => {
  it('works out 5,000 sections and 5,000 articles, with listings, feeds and routes, in well under a second', () => {
    const sections = Array.from({ length: 5_000 }, (_, index) =>
      section(`s${String(index)}`, index % 8 ? `s${String(index - 1)}` : undefined),
    );
    const site = siteSource(sections);
    const articles = Array.from({ length: 5_000 }, (_, index) => ({
      ...validatedArticle({ id: `story-${String(index)}` }),
      section: `s${String(index)}`,
    }));

    const started = performance.now();
    const shape = siteShape(site, articles);
    const routes = siteRoutes(shape);
    const collisions = routeCollisions(shape);
    const listings = deriveListings(shape);
    const discovery = deriveDiscovery(shape);
    const elapsed = performance.now() - started;

    expect(routes).toHaveLength(4 + 5_000 + 5_000);
    expect(collisions).toEqual([]);
    expect(listings.size).toBe(5_001);
    // The sitemap index, its pages', one month's and news sitemaps; robots.txt and the site's feed; a feed a section.
    expect(discovery.size).toBe(4 + 2 + 5_000);
    expect(elapsed).toBeLessThan(1_000);
  });
});
