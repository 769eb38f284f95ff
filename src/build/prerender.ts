import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as v from 'valibot';
import { build } from 'vite';
import { LISTING_PAGE_SIZE } from '../features/content/contract/paths.ts';
import type { SiteSource, articleSchema } from '../features/content/contract/schema.ts';
import { buildSectionTree, sectionWithDescendants } from '../features/content/contract/sectionTree.ts';

type ParsedArticle = v.InferOutput<typeof articleSchema>;
type Route = { url: string; file: string };
/** What `renderPage` in src/entry-server.tsx returns. */
type RenderedPage = { html: string; head: string; state: unknown };
/** Marks the not-found page, whose HTML is served for any unknown address. */
export const ANY_URL = '*';

/** Every page of the site, with the file it is written to. */
export function siteRoutes(site: SiteSource, articles: readonly ParsedArticle[]): Route[] {
  const tree = buildSectionTree(site.sections);
  const routes: Route[] = [
    { url: '/', file: 'index.html' },
    { url: '/saved', file: 'saved/index.html' },
  ];
  for (const section of Object.values(tree)) {
    const ids = sectionWithDescendants(tree, section.id);
    const pages = Math.max(
      1,
      Math.ceil(articles.filter((article) => ids.has(article.section)).length / LISTING_PAGE_SIZE),
    );
    routes.push({ url: section.path, file: `${section.path.slice(1)}/index.html` });
    for (let page = 2; page <= pages; page += 1) {
      const url = `${section.path}/page/${String(page)}`;
      routes.push({ url, file: `${url.slice(1)}/index.html` });
    }
  }
  for (const article of articles) {
    const url = `${tree[article.section]?.path ?? ''}/${article.id}`;
    routes.push({ url, file: `${url.slice(1)}/index.html` });
  }
  return routes;
}

const rtlLanguages = new Set([
  'ar',
  'arc',
  'dv',
  'fa',
  'ha',
  'he',
  'khw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ur',
  'yi',
]);

/** Serialises the query state so that no `</script>` inside content can end the script early. */
const safeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function composeDocument(template: string, page: RenderedPage, url: string, language: string): string {
  const direction = rtlLanguages.has(language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${language}" dir="${direction}">`)
    .replace(/<title>[^<]*<\/title>/, () => page.head)
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root">${page.html}</div>\n    <script type="application/json" id="query-state" data-url="${url}">${safeJson(page.state)}</script>`,
    );
}

/** Answers the app's content requests from the files the build just wrote. */
function serveFromDirectory(outDir: string): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const file = path.join(outDir, decodeURIComponent(new URL(url, 'http://build.invalid').pathname));
    try {
      return new Response(await readFile(file), { headers: { 'Content-Type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}

/**
 * Builds the server entry, then renders every page of the site into
 * `outDir` with the same components the browser hydrates.
 */
export async function prerenderSite(options: {
  root: string;
  outDir: string;
  configFile: string | false | undefined;
  site: SiteSource;
  articles: readonly ParsedArticle[];
}): Promise<number> {
  const { root, outDir, site, articles } = options;
  const ssrDir = path.join(root, 'node_modules/.broadsheet-ssr');
  await build({
    configFile: options.configFile,
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
  });
  const entry = (await import(pathToFileURL(path.join(ssrDir, 'entry-server.js')).href)) as {
    renderPage: (url: string) => Promise<RenderedPage>;
  };

  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const realFetch = globalThis.fetch;
  globalThis.fetch = serveFromDirectory(outDir);
  try {
    const routes = [...siteRoutes(site, articles), { url: '/404', file: '404.html' }];
    for (const route of routes) {
      const page = await entry.renderPage(route.url);
      const marker = route.file === '404.html' ? ANY_URL : route.url;
      const target = path.join(outDir, route.file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, composeDocument(template, page, marker, site.language));
    }
    return routes.length;
  } finally {
    globalThis.fetch = realFetch;
  }
}
