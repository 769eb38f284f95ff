import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'vite';
import { pagePaths } from '../features/content/contract/paths.ts';
import { buildOfflinePageScript } from './offlinePageScript.ts';
import type { PrerenderJob } from './prerenderWorker.ts';
import type { ContentLocation } from './serveFromDirectory.ts';
import type { Route } from './siteRoutes.ts';

/** Below this many pages a worker costs more to start than it saves. */
const PAGES_PER_WORKER = 200;

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
export async function prerenderSite(
  options: ContentLocation & {
    root: string;
    base: string;
    outDir: string;
    configFile: string | false | undefined;
    /** The index.html this very build wrote, never one left in outDir by an earlier build. */
    template: string;
    language: string;
    routes: readonly Route[];
  },
): Promise<number> {
  const { root, base, outDir, template, language, contentBase, contentFolder } = options;
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
        input: {
          'entry-server': 'src/entry-server.tsx',
          'prerender-worker': 'src/site-generator/prerenderWorker.ts',
        },
      },
    },
  });

  const offlineScript = await buildOfflinePageScript({ root, base, outDir });

  const routes = [...options.routes, { url: pagePaths.notFound(), file: '404.html' }];
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(routes.length / PAGES_PER_WORKER)));
  const shares = Array.from({ length: workers }, (_, worker) =>
    routes.filter((_route, index) => index % workers === worker),
  );
  const counts = await Promise.all(
    shares.map((share) =>
      runWorker(path.join(ssrDir, 'prerender-worker.js'), {
        entryUrl: pathToFileURL(path.join(ssrDir, 'entry-server.js')).href,
        outDir,
        base,
        template,
        language,
        contentBase,
        contentFolder,
        routes: share,
        offlineScript,
      }),
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
