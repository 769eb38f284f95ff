// @vitest-environment node
import path from 'node:path';
import { test } from '@fast-check/vitest';
import { SaxesParser } from 'saxes';
import * as v from 'valibot';
import { describe, expect } from 'vitest';
import { pagePaths } from '../features/content/contract/paths';
import {
  articleSchema,
  pageSchema,
  publishedSiteSchema,
  siteSchema,
} from '../features/content/contract/schema';
import { absoluteUrl } from '../features/content/contract/siteAddress';
import { contentDocuments } from '../testing/contentArbitraries';
import { sitemapPaths } from './sitemaps';
import { deriveDiscovery } from './deriveDiscovery';
import { deriveListings } from './deriveListings';
import { publishedSite } from './prepareContent';
import { routeCollisions, siteRoutes } from './siteRoutes';
import { siteShape } from './siteShape';

/** Property runs per test: small for the unit suite, larger with `FC_RUNS` (e.g. `FC_RUNS=2000 npm run test:unit`). */
const numRuns = Number(process.env.FC_RUNS ?? 60);

/** Every error a strict XML 1.0 parser raises on `xml`. */
function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

/** The text of every `<tag>` element, entities decoded, by the same strict parser. */
function textsOf(xml: string, tag: string): string[] {
  const texts: string[] = [];
  let current: string | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    if (node.name === tag) current = '';
  });
  parser.on('text', (text) => {
    if (current !== null) current += text;
  });
  parser.on('closetag', (node) => {
    if (node.name === tag && current !== null) texts.push(current);
    if (node.name === tag) current = null;
  });
  parser.write(xml).close();
  return texts;
}

function accepted(content: { site: unknown; articles: unknown[]; pages: unknown[] }) {
  const site = v.parse(siteSchema, content.site);
  const articles = content.articles.map((article) => v.parse(articleSchema, article));
  const pages = content.pages.map((page) => v.parse(pageSchema, page));
  return siteShape(site, articles, pages);
}

describe('whatever the contract accepts', () => {
  test.prop([contentDocuments], { numRuns })(
    'gives feeds and sitemaps that a strict XML parser reads',
    (content) => {
      const shape = accepted(content);

      for (const [file, xml] of deriveDiscovery(shape)) {
        if (!file.endsWith('.xml')) continue;
        expect(xmlErrors(xml), file).toEqual([]);
      }
    },
  );

  test.prop([contentDocuments], { numRuns })(
    'gives feeds whose item titles read back as the headlines',
    (content) => {
      const shape = accepted(content);
      const feed = deriveDiscovery(shape).get('/feeds/all.xml') ?? '';

      // The channel's own <title> comes first.
      expect(textsOf(feed, 'title').slice(1)).toEqual(
        shape.articles.slice(0, 20).map((article) => article.headline),
      );
    },
  );

  test.prop([contentDocuments], { numRuns })(
    'puts the site’s own pages in the sitemap and in no feed',
    (content) => {
      const shape = accepted(content);
      const discovery = deriveDiscovery(shape);
      const addresses = shape.pages.map((page) => absoluteUrl(shape.site.url, pagePaths.page(page.id)));

      expect(textsOf(discovery.get(sitemapPaths.pages()) ?? '', 'loc')).toEqual(
        expect.arrayContaining(addresses),
      );
      for (const [file, xml] of discovery) {
        if (!file.startsWith('/feeds/')) continue;
        for (const address of addresses) expect(textsOf(xml, 'link'), file).not.toContain(address);
      }
    },
  );

  test.prop([contentDocuments], { numRuns })(
    'publishes a site.json the browser’s contract reads back with every page, by id',
    (content) => {
      const shape = accepted(content);

      const published = v.parse(
        publishedSiteSchema,
        JSON.parse(JSON.stringify(publishedSite(content.site, shape, undefined))),
      );

      expect(published.pages).toEqual(shape.pages.map(({ id, title }) => ({ id, title })));
      expect(published.pages.map((page) => page.id)).toEqual(content.pages.map((page) => page.id).sort());
    },
  );

  test.prop([contentDocuments], { numRuns })(
    'gives listings that survive JSON and UTF-8 unchanged',
    (content) => {
      const shape = accepted(content);

      for (const [name, document] of deriveListings(shape)) {
        const bytes = new TextEncoder().encode(JSON.stringify(document));
        expect(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), name).toEqual(document);
      }
    },
  );

  test.prop([contentDocuments], { numRuns })(
    'writes every page inside the output folder, each to its own file',
    (content) => {
      const shape = accepted(content);
      const outDir = path.resolve('/srv/site/dist');
      const routes = siteRoutes(shape);

      expect(routeCollisions(shape)).toEqual([]);
      expect(new Set(routes.map((route) => route.file)).size).toBe(routes.length);
      for (const route of routes) {
        expect(path.resolve(outDir, route.file).startsWith(`${outDir}${path.sep}`), route.file).toBe(true);
      }
      for (const file of deriveDiscovery(shape).keys()) {
        expect(path.resolve(outDir, `.${file}`).startsWith(`${outDir}${path.sep}`), file).toBe(true);
      }
    },
  );
});
