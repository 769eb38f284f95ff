import type { ServerResponse } from 'node:http';
import { access, copyFile, cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { contentPaths } from '../features/content/contract/paths.ts';
import { serveImageVariants } from './imageVariantMiddleware.ts';
import { writeImageVariants, type VariantSource } from './imageVariants.ts';
import { mapInBatches } from './inBatches.ts';
import { ContentError } from './loadContent.ts';
import { prepareContent, type DerivedFile, type PreparedContent } from './prepareContent.ts';
import {
  contentOriginOf,
  contentSecurityPolicy,
  inlineScriptsOf,
  withPolicyMeta,
  type PolicyInputs,
} from './policy/contentSecurityPolicy.ts';
import { writeServerConfigs } from './policy/serverConfig.ts';
import { manifestFileOf } from './buildManifest.ts';
import { buildOfflinePageScript } from './offlinePageScript.ts';
import { buildRenderer, renderRoutes, withErrorPages } from './prerender.ts';
import { forgetBuildRecord, recordDirOf, recordFiles, rendererDirOf } from './publish/buildRecord.ts';
import { recordPrebuiltCommand } from './publish/prebuiltCommand.ts';
import { readContentFolder } from './publish/outputDigests.ts';
import { buildSettings, recordFullBuild } from './publish/recordFullBuild.ts';
import type { FolderStats } from './publish/sourceStats.ts';
import { searchDocuments } from './search/searchBundles.ts';
import { searchIndexSummary, writeSearchIndex } from './search/writeSearchIndex.ts';
import { readBasePath, type PublishingOptions } from './publishingOptions.ts';
import { planShareCards } from './shareCards/planCards.ts';
import { cardSummary, writeShareCards } from './shareCards/writeCards.ts';

type Options = {
  /** Folder of the source files: site.json and articles/. */
  contentDir: string;
  /** URL path the content is served under, below the site's base, in dev and in dist/. */
  urlPath?: string;
  /** The deployment's own address and content base, when they are not the content's. */
  publishing?: PublishingOptions;
  /**
   * False skips drawing share cards (the pages still name them): for the
   * benchmark's generated archives only, whose first build would otherwise
   * spend 0.1 s a card measuring something else.
   */
  drawsShareCards?: boolean;
  /** False skips the search index (BROADSHEET_SEARCH=skip): for builds that test something else only. */
  buildsSearchIndex?: boolean;
  /** Last of a successful build, when every page is written: the offline worker's precache list. */
  afterPrerender?: () => Promise<void>;
};

function respondNotFound(response: ServerResponse) {
  response.statusCode = 404;
  response.setHeader('Content-Type', 'text/plain; charset=utf-8');
  response.end('Not found');
}

function serveDerived(
  server: ViteDevServer,
  contentDir: string,
  urlPath: string,
  publishing: PublishingOptions,
) {
  const base = server.config.base;
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
    const requested = request.url?.split('?')[0] ?? '';
    // Derived files are keyed by their path below the site's base.
    const url = requested.startsWith(base) ? `/${requested.slice(base.length)}` : requested;
    pending ??= prepareContent(contentDir, urlPath, publishing).then((content) => {
      for (const warning of content.warnings) server.config.logger.warn(warning);
      return content.files;
    });
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

/** Removes from `outFolder` the copies of the sample content's files that `contentDir` does not have. */
async function removeSampleCopies(sampleDir: string, contentDir: string, outFolder: string) {
  const sampleFiles = await readdir(sampleDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of sampleFiles.filter((found) => found.isFile())) {
    const relative = path.relative(sampleDir, path.join(entry.parentPath, entry.name));
    const isOwn = await access(path.join(contentDir, relative)).then(
      () => true,
      () => false,
    );
    if (!isOwn) await rm(path.join(outFolder, relative), { force: true });
  }
}

/**
 * Writes the derived files below `outDir`, a batch at a time. Not through
 * Rollup (emitFile): it holds every asset in its bundle and the build log
 * lists each, which for an archive's hundreds of thousands of listing and
 * links files cost minutes and gigabytes.
 */
async function writeDerivedFiles(outDir: string, files: ReadonlyMap<string, DerivedFile>) {
  const entries = [...files].map(([filePath, file]) => [path.join(outDir, filePath), file.contents] as const);
  const folders = [...new Set(entries.map(([target]) => path.dirname(target)))];
  await mapInBatches(folders, (folder) => mkdir(folder, { recursive: true }));
  await mapInBatches(entries, ([target, contents]) => writeFile(target, contents));
}

/**
 * A content error carries the publisher's problems and no stack of ours: a
 * trace through this plugin would only bury "articles/x.json: headline: …".
 * (`npm run build`, in runBuild.mjs, also leaves out the bundler's own trace;
 * a bug in the build code keeps its stack.)
 */
function withoutStack(error: ContentError): ContentError {
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

/**
 * Validates the content sources and derives listings, feeds and the sitemap
 * from them: served from memory by the dev server, written into dist/ by the build.
 *
 * In a build, Vite calls the hooks below in this order, and each relies on the last:
 * 1. buildStart runs every content check at once (prepareContent, images
 *    included). A content problem throws there, before anything is bundled,
 *    and nothing is kept for later hooks.
 * 2. writeBundle writes the derived files, the image variants and the share cards, and keeps
 *    the index.html this build wrote, as the template for prerendering.
 * 3. closeBundle prerenders. Vite calls it even after a failed build, so it
 *    runs only when buildEnd saw no error and step 2 kept this build's
 *    index.html: a stale dist/ is never prerendered against. Then it indexes
 *    the prerendered article pages for search (search/writeSearchIndex.ts),
 *    and last calls `afterPrerender` (the offline worker, which precaches
 *    the prerendered offline page by its revision).
 */
export function contentPlugin({
  contentDir,
  urlPath = '/content',
  publishing = {},
  drawsShareCards = true,
  buildsSearchIndex = true,
  afterPrerender,
}: Options): Plugin {
  let config: ResolvedConfig | null = null;
  let prepared: PreparedContent | null = null;
  let variantSources: VariantSource[] | null = null;
  let writtenTemplate: string | null = null;
  let derived: Record<string, string> = {};
  // The digest of every content file as read for this build: the record says what was built from.
  let sources: Record<string, string> = {};
  let sourceStats: FolderStats = { readFrom: 0, stats: new Map() };
  let hasBuildFailed = false;
  // Encoded variants and drawn cards outlive dist/, keyed by what makes their pixels,
  // so a rebuild only encodes and draws what changed.
  const cacheDirOf = (root: string) => path.join(root, 'node_modules/.cache/broadsheet-images');
  const cardCacheDirOf = (root: string) => path.join(root, 'node_modules/.cache/broadsheet-share-cards');
  return {
    name: 'broadsheet-content',
    // The site's base path comes from one place, the path of site.json `url`:
    // Vite puts every asset under it, the router takes it as its basename and
    // the content is fetched below it (or from BROADSHEET_CONTENT_BASE).
    config() {
      const base = readBasePath(contentDir, publishing);
      const { contentBase } = publishing;
      return {
        base,
        define:
          contentBase === undefined
            ? {}
            : { 'import.meta.env.BROADSHEET_CONTENT_BASE': JSON.stringify(contentBase) },
      };
    },
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      serveDerived(server, contentDir, urlPath, publishing);
      const servedPath = server.config.base + urlPath.replace(/^\//, '');
      serveImageVariants(server, contentDir, servedPath, cacheDirOf(server.config.root));
    },
    async buildStart() {
      prepared = null;
      variantSources = null;
      writtenTemplate = null;
      derived = {};
      sources = {};
      sourceStats = { readFrom: 0, stats: new Map() };
      hasBuildFailed = false;
      // The prerenderer's own server build needs none of this.
      if (this.environment.config.command !== 'build' || this.environment.config.build.ssr) return;
      // A build that stops halfway must never be published onto: no record until it is whole.
      await forgetBuildRecord(
        recordDirOf(path.resolve(this.environment.config.root, this.environment.config.build.outDir)),
      );
      try {
        // Read once: checked, built and recorded from the same bytes.
        const folder = await readContentFolder(contentDir);
        sources = folder.digests;
        sourceStats = folder.stats;
        const content = await prepareContent(contentDir, urlPath, publishing, folder.snapshot, {
          sources,
        });
        variantSources = content.variantSources;
        for (const warning of content.warnings) this.warn(warning);
        prepared = content;
      } catch (error) {
        variantSources = null;
        throw error instanceof ContentError ? withoutStack(error) : error;
      }
    },
    buildEnd(error) {
      hasBuildFailed = error !== undefined;
    },
    async writeBundle(_options, bundle) {
      if (!config || !prepared || !variantSources) return;
      // What publish compares the next content with.
      derived = prepared.digests;
      await writeDerivedFiles(path.resolve(config.root, config.build.outDir), prepared.files);
      // Written: a big archive's derived files are not held through prerendering.
      prepared.files.clear();
      const started = performance.now();
      const report = await writeImageVariants(variantSources, {
        outDir: path.join(path.resolve(config.root, config.build.outDir), urlPath),
        cacheDir: cacheDirOf(config.root),
      });
      const kilobytes = (bytes: number) => `${String(Math.round(bytes / 1024))} KiB`;
      config.logger.info(
        `image variants: ${String(report.files)} files (${String(report.encoded)} encoded, the rest cached) ` +
          `of ${String(variantSources.length)} photos in ${String(Math.round(performance.now() - started))} ms, ` +
          `${kilobytes(report.bytes)} from ${kilobytes(report.sourceBytes)} of originals`,
      );
      if (drawsShareCards) {
        const cardsStarted = performance.now();
        const cards = await writeShareCards(planShareCards(prepared.shape), {
          contentDir,
          outDir: path.resolve(config.root, config.build.outDir),
          cacheDir: cardCacheDirOf(config.root),
        });
        config.logger.info(cardSummary(cards, performance.now() - cardsStarted));
        for (const warning of cards.warnings) config.logger.warn(warning);
      } else {
        config.logger.warn(
          'share cards: not drawn (BROADSHEET_SHARE_CARDS=skip); pages name cards that are missing',
        );
      }
      const index = bundle['index.html'];
      if (index?.type === 'asset') writtenTemplate = String(index.source);
    },
    // After the browser build is written, render every page from it (not for the server build itself).
    async closeBundle() {
      if (config?.command !== 'build' || config.build.ssr || !prepared || hasBuildFailed) return;
      if (writtenTemplate === null) {
        throw new Error('this build wrote no index.html, so there is nothing to prerender pages into');
      }
      const outDir = path.resolve(config.root, config.build.outDir);
      // The sample content is published by Vite's public/ copy; content kept elsewhere is copied
      // here, over that copy, except site.json, which the bundle holds as published (prepareContent).
      const sampleDir = path.resolve(config.publicDir, urlPath.slice(1));
      if (path.resolve(contentDir) !== sampleDir) {
        // Vite copied public/ whole, the sample content with it: what is not this content's goes.
        await removeSampleCopies(sampleDir, contentDir, path.join(outDir, urlPath));
        const publishedSite = path.join(contentDir, contentPaths.site());
        await cp(contentDir, path.join(outDir, urlPath), {
          recursive: true,
          filter: (source) => source !== publishedSite,
        });
      }
      // The policy travels with the pages (a meta tag, for hosts that cannot set
      // headers) and with the server configuration written beside them.
      const policyInputs: PolicyInputs = {
        inlineScripts: inlineScriptsOf(writtenTemplate),
        contentOrigin: contentOriginOf(publishing.contentBase),
        imageOrigins: prepared.shape.site.imageOrigins ?? [],
      };
      await writeServerConfigs(outDir, {
        base: config.base,
        headerPolicy: contentSecurityPolicy(policyInputs, 'header'),
      });
      const started = performance.now();
      const recordDir = recordDirOf(outDir);
      const settings = await buildSettings(
        config.root,
        { contentDir, urlPath, publishing, drawsShareCards, buildsSearchIndex },
        sources,
      );
      const rendererDir = rendererDirOf(config.root, settings);
      const manifestFile = path.join(recordDir, recordFiles.manifest);
      await buildRenderer({ configFile: config.configFile, rendererDir });
      await mkdir(recordDir, { recursive: true });
      await copyFile(manifestFileOf(outDir), manifestFile);
      const template = withPolicyMeta(writtenTemplate, contentSecurityPolicy(policyInputs, 'meta'));
      const offlineScript = await buildOfflinePageScript({ root: config.root, base: config.base, outDir });
      const routes = withErrorPages(prepared.routes);
      const written = await renderRoutes(
        {
          rendererDir,
          base: config.base,
          outDir,
          manifestFile,
          template,
          language: prepared.shape.site.language,
          // Where the app fetches content from, which the prerenderer answers from outDir.
          contentBase: publishing.contentBase ?? config.base + urlPath.replace(/^\//, ''),
          contentFolder: urlPath,
          offlineScript,
        },
        routes,
      );
      // Build metadata for the prerenderer, not something to publish.
      await rm(path.join(outDir, '.vite'), { recursive: true, force: true });
      config.logger.info(
        `prerendered ${String(written.length)} pages in ${String(Math.round(performance.now() - started))} ms`,
      );
      if (buildsSearchIndex) {
        config.logger.info(
          searchIndexSummary(await writeSearchIndex(outDir, searchDocuments(prepared.shape))),
        );
      } else {
        config.logger.warn(
          'search index: not built (BROADSHEET_SEARCH=skip); the search page will find nothing',
        );
      }
      await afterPrerender?.();
      await recordFullBuild({
        recordDir,
        settings,
        sources,
        sourceStats,
        shape: prepared.shape,
        checkedArticles: prepared.checkedArticles,
        derived,
        documentInputs: prepared.documentInputs,
        variantSources: variantSources ?? [],
        routes,
        written,
        template,
        offlineScript,
      });
      await recordPrebuiltCommand(config.root, settings);
    },
  };
}
