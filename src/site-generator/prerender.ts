import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { pagePaths } from '../features/content/contract/paths.ts';
import type { PrerenderJob, RenderedFile } from './prerenderWorker.ts';
import type { ContentLocation } from './serveFromDirectory.ts';
import type { Route } from './siteRoutes.ts';

/**
 * The site's routes and the server's error pages: the not-found page, sent
 * for any unknown address, and the withdrawn notice, sent with 410 where an
 * article was withdrawn (derivePastAddresses.ts).
 */
export function withErrorPages(routes: readonly Route[]): Route[] {
  return [
    ...routes,
    { url: pagePaths.notFound(), file: '404.html' },
    { url: pagePaths.withdrawn(), file: '410.html' },
  ];
}

/** Below this many pages a worker costs more to start than it saves. */
export const PAGES_PER_WORKER = 200;

function runWorker(script: string, job: PrerenderJob): Promise<RenderedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.once('message', (written: RenderedFile[]) => {
      resolve(written);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a prerender worker stopped with exit code ${String(code)}`));
    });
  });
}

/**
 * Builds the server entry and the prerender worker into `rendererDir`: the
 * same components the browser hydrates, for Node. A publish renders with the
 * renderer its last full build made, and starts as the command bundled here
 * (publish/prebuiltCommand.ts).
 */
export async function buildRenderer(options: {
  configFile: string | false | undefined;
  rendererDir: string;
}): Promise<void> {
  // Loaded here, not with the module: a publish renders with this module and never builds.
  const { build } = await import('vite');
  await build({
    configFile: options.configFile,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: options.rendererDir,
      emptyOutDir: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: {
          'entry-server': 'src/entry-server.tsx',
          'prerender-worker': 'src/site-generator/prerenderWorker.ts',
          'publish-command': 'src/site-generator/publish/publishCommand.ts',
        },
      },
    },
  });
}

/** Everything a renderer needs besides the routes: where it is, where pages go, what they are composed into. */
export type RenderSettings = ContentLocation & {
  rendererDir: string;
  base: string;
  outDir: string;
  manifestFile: string;
  /** The index.html this very build wrote, never one left in outDir by an earlier build. */
  template: string;
  language: string;
  /** The offline page's own script (its address), which it runs instead of the app. */
  offlineScript: string;
};

/**
 * Renders `routes` into `outDir` with a renderer buildRenderer made, in
 * worker threads, one per core (one for a few pages). Returns each page
 * written with the content files it read.
 */
export async function renderRoutes(
  settings: RenderSettings,
  routes: readonly Route[],
): Promise<RenderedFile[]> {
  const { rendererDir, ...job } = settings;
  if (routes.length === 0) return [];
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(routes.length / PAGES_PER_WORKER)));
  const shares = Array.from({ length: workers }, (_, worker) =>
    routes.filter((_route, index) => index % workers === worker),
  );
  const written = await Promise.all(
    shares.map((share) =>
      runWorker(path.join(rendererDir, 'prerender-worker.js'), {
        ...job,
        entryUrl: pathToFileURL(path.join(rendererDir, 'entry-server.js')).href,
        routes: share,
      }),
    ),
  );
  return written.flat();
}

/**
 * Renders each group of routes only once the one before it is written (a
 * publish writes articles before the listings that link to them). Few pages
 * in all go to one worker, in order: it renders one page at a time, and a
 * worker's start (loading the renderer) costs more than the pages.
 */
export async function renderRoutesInOrder(
  settings: RenderSettings,
  groups: readonly (readonly Route[])[],
  render: typeof renderRoutes = renderRoutes,
): Promise<RenderedFile[]> {
  const all = groups.flat();
  if (all.length <= PAGES_PER_WORKER) return render(settings, all);
  const written: RenderedFile[] = [];
  for (const group of groups) written.push(...(await render(settings, group)));
  return written;
}
