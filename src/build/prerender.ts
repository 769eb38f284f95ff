import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type * as v from 'valibot';
import { build } from 'vite';
import { LISTING_PAGE_SIZE } from '../features/content/contract/paths.ts';
import type { SiteSource, articleSchema } from '../features/content/contract/schema.ts';
import { buildSectionTree, sectionWithDescendants } from '../features/content/contract/sectionTree.ts';

import type { Route } from './prerenderDocument.ts';
import type { PrerenderJob } from './prerenderWorker.ts';

type ParsedArticle = v.InferOutput<typeof articleSchema>;
/** Below this many pages a worker costs more to start than it saves. */
const PAGES_PER_WORKER = 200;

/** Every page of the site, with the file it is written to. */
export function siteRoutes(site: SiteSource, articles: readonly ParsedArticle[]): Route[] {
  const tree = buildSectionTree(site.sections);
  const routes: Route[] = [
    { url: '/', file: 'index.html', data: [{ kind: 'front' }] },
    { url: '/saved', file: 'saved/index.html' },
  ];
  for (const section of Object.values(tree)) {
    const ids = sectionWithDescendants(tree, section.id);
    const pages = Math.max(
      1,
      Math.ceil(articles.filter((article) => ids.has(article.section)).length / LISTING_PAGE_SIZE),
    );
    routes.push({
      url: section.path,
      file: `${section.path.slice(1)}/index.html`,
      data: [{ kind: 'sectionPage', section: section.id, page: 1 }],
    });
    for (let page = 2; page <= pages; page += 1) {
      const url = `${section.path}/page/${String(page)}`;
      routes.push({
        url,
        file: `${url.slice(1)}/index.html`,
        data: [{ kind: 'sectionPage', section: section.id, page }],
      });
    }
  }
  for (const article of articles) {
    const url = `${tree[article.section]?.path ?? ''}/${article.id}`;
    // An article shows its section's latest under "More from".
    routes.push({
      url,
      file: `${url.slice(1)}/index.html`,
      data: [
        { kind: 'article', id: article.id },
        { kind: 'sectionPage', section: article.section, page: 1 },
      ],
    });
  }
  return routes;
}

function runWorker(script: string, job: PrerenderJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.once('message', (count: number) => {
      resolve(count);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a prerender worker stopped with exit code ${String(code)}`));
    });
  });
}

/**
 * Builds the server entry, then renders every page of the site into `outDir`
 * with the same components the browser hydrates, in worker threads, one per core.
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
    build: {
      ssr: true,
      outDir: ssrDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: { 'entry-server': 'src/entry-server.tsx', 'prerender-worker': 'src/build/prerenderWorker.ts' },
      },
    },
  });

  const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const routes = [...siteRoutes(site, articles), { url: '/404', file: '404.html' }];
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(routes.length / PAGES_PER_WORKER)));
  const shares = Array.from({ length: workers }, (_, worker) =>
    routes.filter((_route, index) => index % workers === worker),
  );
  const counts = await Promise.all(
    shares.map((share) =>
      runWorker(path.join(ssrDir, 'prerender-worker.js'), {
        entryUrl: pathToFileURL(path.join(ssrDir, 'entry-server.js')).href,
        outDir,
        template,
        language: site.language,
        routes: share,
      }),
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
