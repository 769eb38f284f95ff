import type { ServerResponse } from 'node:http';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { contractJsonSchemas } from './contractJsonSchemas.ts';
import { deriveDiscovery } from './deriveDiscovery.ts';
import { deriveListings } from './deriveListings.ts';
import { serveImageVariants } from './imageVariantMiddleware.ts';
import { planImageVariants, writeImageVariants, type VariantSource } from './imageVariants.ts';
import { ContentError, loadContent, type LoadedContent } from './loadContent.ts';
import { prerenderSite } from './prerender.ts';

type Options = {
  /** Folder of the source files: site.json and articles/. */
  contentDir: string;
  /** URL path the content is served under, in dev and in dist/. */
  urlPath?: string;
};

type DerivedFile = { contents: string; contentType: string };

const contentTypes: Record<string, string> = {
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Everything the build derives, keyed by its path from the site root (`/content/front.json`, `/sitemap.xml`). */
function buildDerivedFiles({ site, articles }: LoadedContent, urlPath: string): Map<string, DerivedFile> {
  const files = new Map<string, DerivedFile>();
  const add = (filePath: string, contents: string) => {
    files.set(filePath, { contents, contentType: contentTypes[path.extname(filePath)] ?? 'text/plain' });
  };
  for (const [name, document] of deriveListings(site, articles))
    add(`${urlPath}/${name}`, JSON.stringify(document));
  for (const [name, schema] of Object.entries(contractJsonSchemas())) {
    add(`${urlPath}/schema/${name}.schema.json`, JSON.stringify(schema));
  }
  for (const [filePath, contents] of deriveDiscovery(site, articles)) add(filePath, contents);
  return files;
}

function respondNotFound(response: ServerResponse) {
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end('Not found');
}

function serveDerived(server: ViteDevServer, contentDir: string, urlPath: string) {
  let pending: Promise<Map<string, DerivedFile>> | null = null;
  const invalidate = (file: string) => {
    if (file.startsWith(contentDir + path.sep)) pending = null;
  };
  // Derived paths that do not exist (page 9 of a 2-page section) are a real 404, not the SPA page.
  const isDerivedPath = (url: string) =>
    url.startsWith(`${urlPath}/sections/`) ||
    url.startsWith(`${urlPath}/schema/`) ||
    url.startsWith('/feeds/');
  server.watcher.add(contentDir);
  server.watcher.on('change', invalidate).on('add', invalidate).on('unlink', invalidate);

  server.middlewares.use((request, response, next) => {
    const url = request.url?.split('?')[0] ?? '';
    pending ??= loadContent(contentDir).then((content) => buildDerivedFiles(content, urlPath));
    pending.then(
      (files) => {
        const file = files.get(url);
        if (file) {
          response.setHeader('Content-Type', file.contentType);
          response.end(file.contents);
        } else if (isDerivedPath(url)) {
          respondNotFound(response);
        } else {
          next();
        }
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        server.config.logger.error(message);
        response.statusCode = 500;
        response.setHeader('Content-Type', 'text/plain; charset=utf-8');
        response.end(message);
      },
    );
  });
}

/**
 * Validates the content sources and derives listings, feeds and the sitemap
 * from them: served from memory by the dev server, written into dist/ by the build.
 */
export function contentPlugin({ contentDir, urlPath = '/content' }: Options): Plugin {
  let files: Map<string, DerivedFile> | null = null;
  let content: LoadedContent | null = null;
  let config: ResolvedConfig | null = null;
  let variantSources: VariantSource[] | null = null;
  // Encoded variants outlive dist/, keyed by the source bytes, so a rebuild only encodes what changed.
  const cacheDirOf = (root: string) => path.join(root, 'node_modules/.cache/broadsheet-images');
  return {
    name: 'broadsheet-content',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      serveDerived(server, contentDir, urlPath);
      serveImageVariants(server, contentDir, urlPath, cacheDirOf(server.config.root));
    },
    async buildStart() {
      // The prerenderer's own server build needs none of this.
      if (this.environment.config.command !== 'build' || this.environment.config.build.ssr) return;
      try {
        content = await loadContent(contentDir);
        files = buildDerivedFiles(content, urlPath);
        if (!config?.build.ssr) variantSources = await planImageVariants(contentDir, content.articles);
      } catch (error) {
        this.error(error instanceof ContentError ? error.message : String(error));
      }
    },
    async writeBundle() {
      if (!config || !variantSources) return;
      const started = performance.now();
      const report = await writeImageVariants(variantSources, {
        contentDir,
        outDir: path.join(path.resolve(config.root, config.build.outDir), urlPath),
        cacheDir: cacheDirOf(config.root),
      });
      const kilobytes = (bytes: number) => `${String(Math.round(bytes / 1024))} KiB`;
      config.logger.info(
        `image variants: ${String(report.files)} files (${String(report.encoded)} encoded, the rest cached) ` +
          `of ${String(variantSources.length)} photos in ${String(Math.round(performance.now() - started))} ms, ` +
          `${kilobytes(report.bytes)} from ${kilobytes(report.sourceBytes)} of originals`,
      );
    },
    // After the browser build is written, render every page from it (not for the server build itself).
    async closeBundle() {
      if (config?.command !== 'build' || config.build.ssr || !content) return;
      const outDir = path.resolve(config.root, config.build.outDir);
      // The sample content is published by Vite's public/ copy; content kept elsewhere is copied here.
      if (path.resolve(contentDir) !== path.resolve(config.publicDir, urlPath.slice(1))) {
        await cp(contentDir, path.join(outDir, urlPath), { recursive: true });
      }
      const started = performance.now();
      const count = await prerenderSite({
        root: config.root,
        outDir,
        configFile: config.configFile,
        site: content.site,
        articles: content.articles,
      });
      // Build metadata for the prerenderer, not something to publish.
      await rm(path.join(outDir, '.vite'), { recursive: true, force: true });
      config.logger.info(
        `prerendered ${String(count)} pages in ${String(Math.round(performance.now() - started))} ms`,
      );
    },
    generateBundle() {
      for (const [filePath, file] of files ?? []) {
        this.emitFile({ type: 'asset', fileName: filePath.replace(/^\//, ''), source: file.contents });
      }
      // Rollup holds its own copy now; a big archive should not be held twice.
      files = null;
    },
  };
}
