import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readBuildManifest, routeAssets } from './buildManifest.ts';
import { ANY_URL, composeDocument, type RenderedPage } from './composeDocument.ts';
import { serveFromDirectory, type ContentLocation } from './serveFromDirectory.ts';
import type { Route } from './siteRoutes.ts';
import type { PageData } from '../features/content/contract/pageData.ts';
import { pagePaths } from '../features/content/contract/paths.ts';
import { OFFLINE_PAGE_PATH } from '../features/offline-worker/workerFiles.ts';
import { contentFileOfQuery } from './publish/pageInputs.ts';

/** A page written, with the content files (below the content folder) it was rendered from. */
export type RenderedFile = { file: string; inputs: string[] };

/** What prerender.ts hands each worker: its share of the routes and where things are. */
export type PrerenderJob = ContentLocation & {
  entryUrl: string;
  /** The site's base path, `/` or `/broadsheet/`. */
  base: string;
  outDir: string;
  /** Vite's manifest of the browser build, for each page's route chunks. */
  manifestFile: string;
  template: string;
  language: string;
  routes: Route[];
  /** The offline page's own script (its address), which it runs instead of the app. */
  offlineScript: string;
};

// Runs in a worker thread, built next to the server entry. Each worker keeps
// one query cache, so site.json and section listings are parsed once per
// worker instead of once per page.
const job = workerData as PrerenderJob;
// The server entry loads React from node_modules at run time: make it the production build.
process.env.NODE_ENV = 'production';
globalThis.fetch = serveFromDirectory(job.outDir, job);
const manifest = await readBuildManifest(job.manifestFile);
const entry = (await import(job.entryUrl)) as {
  renderPage: (url: string, data?: PageData[]) => Promise<RenderedPage & { queryKeys: unknown[][] }>;
};
const written: RenderedFile[] = [];

for (const route of job.routes) {
  let page: RenderedPage & { queryKeys: unknown[][] };
  try {
    page = await entry.renderPage(route.url, route.data);
  } catch (error) {
    throw new Error(
      `prerendering ${route.url} failed: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const marker = route.file === '404.html' ? ANY_URL : route.url;
  const target = path.join(job.outDir, route.file);
  mkdirSync(path.dirname(target), { recursive: true });
  // Under a temporary name, then renamed: a reader never gets half a page.
  const partial = `${target}.${String(process.pid)}.partial`;
  writeFileSync(
    partial,
    composeDocument(job.template, page, {
      url: marker,
      language: job.language,
      routeAssets: routeAssets(manifest, page.routeSources, job.base),
      ...(route.url === OFFLINE_PAGE_PATH ? { script: job.offlineScript } : {}),
      // The withdrawn notice stands at addresses the app no longer knows: it reads whole without it.
      ...(route.url === pagePaths.withdrawn() ? { script: null } : {}),
    }),
  );
  renameSync(partial, target);
  const inputs = new Set(page.queryKeys.map((key) => contentFileOfQuery(key)));
  written.push({ file: route.file, inputs: [...inputs].sort() });
}
parentPort?.postMessage(written);
