import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentPaths } from '../../features/content/contract/paths.ts';
import type { BuildOptions } from '../buildOptions.ts';
import { writeImageVariants } from '../imageVariants.ts';
import { prepareContent } from '../prepareContent.ts';
import { renderRoutesInOrder, withErrorPages, type RenderSettings } from '../prerender.ts';
import { planSearchBundles, searchDocuments } from '../search/searchBundles.ts';
import { updateSearchIndex } from '../search/writeSearchIndex.ts';
import { planShareCards } from '../shareCards/planCards.ts';
import { writeShareCards } from '../shareCards/writeCards.ts';
import type { Route } from '../siteRoutes.ts';
import {
  clearPublishingMark,
  markPublishing,
  readBuildRecord,
  recordDirOf,
  recordFiles,
  rendererDirOf,
  settingsChange,
  stoppedPublish,
  writeBuildRecord,
  type BuildRecord,
} from './buildRecord.ts';
import {
  cardDigests,
  inputChanges,
  readContentFolder,
  readUnread,
  searchDigests,
  templateDigest,
  variantDigests,
  type ContentDigests,
} from './outputDigests.ts';
import { readCheckedArticles, updateCheckedArticles } from './checkedArticles.ts';
import { recordPastAddresses } from './recordPastAddresses.ts';
import { articleFileChanges, differences } from './sourceChanges.ts';
import { readSourceStats, writeSourceStats } from './sourceStats.ts';
import { buildSettings, pageRecords } from './recordFullBuild.ts';
import { removeWithEmptyFolders, writeAtomically } from './writeAtomically.ts';

export type PublishOptions = BuildOptions & {
  /** The project: its code and the caches of image variants and share cards. */
  root: string;
  outDir: string;
  /** The content folder's path on the site, `/content`. */
  urlPath: string;
  /** The site's base path, `/` or `/broadsheet/`, as the last full build had it. */
  base: string;
  /** Builds everything, as `npm run build` does, leaving a new record. */
  fullBuild: () => Promise<void>;
  /** The project's code version, when the caller has just computed it (codeVersion). */
  code?: string;
};

export type PublishReport =
  | { kind: 'full'; reason: string }
  | { kind: 'incremental'; written: string[]; deleted: string[]; pagesRendered: number };

const imageCacheOf = (root: string) => path.join(root, 'node_modules/.cache/broadsheet-images');
const cardCacheOf = (root: string) => path.join(root, 'node_modules/.cache/broadsheet-share-cards');

/**
 * The record and page template of the last build or publish, to build on; or
 * why this publish must build everything instead: no usable record, a
 * publish that stopped part way, changed settings (site.json, the code, the
 * build's options), or a renderer or template that is gone or changed.
 */
async function lastBuild(
  found: Awaited<ReturnType<typeof readBuildRecord>>,
  recordDir: string,
  settings: BuildRecord['settings'],
  rendererDir: string,
): Promise<{ reason: string } | { record: BuildRecord; template: string }> {
  if ('problem' in found) return { reason: found.problem };
  const stopped = await stoppedPublish(recordDir);
  if (stopped !== undefined) return { reason: stopped };
  const changed = settingsChange(found.record.settings, settings);
  if (changed !== undefined) return { reason: changed };
  const hasRenderer = await access(path.join(rendererDir, 'entry-server.js')).then(
    () => true,
    () => false,
  );
  if (!hasRenderer) return { reason: `the renderer of the last build is gone from ${rendererDir}` };
  const templateFile = path.join(recordDir, recordFiles.template);
  const template = await readFile(templateFile, 'utf8').catch(() => undefined);
  if (template === undefined || templateDigest(template) !== found.record.template) {
    return { reason: `the page template of the last build (${templateFile}) is gone or changed` };
  }
  return { record: found.record, template };
}

/**
 * Brings `outDir` up to date with the content folder, writing only the files
 * whose inputs changed since the build or publish its record describes, in an
 * order that never links to what is not there yet:
 * 1. the content folder's files (sources as copied, listings and links as derived);
 * 2. image variants and share cards;
 * 3. the pages, articles first, then the listings that link to them;
 * 4. feeds, sitemap and the rest derived outside the content folder;
 * 5. the search bundles whose pages changed;
 * 6. deletions (what no longer exists), then the record.
 * A publish stopped halfway leaves the record as it was and a mark
 * (markPublishing), so the next one builds everything. Without a usable record, or
 * when site.json, the code or the build's options changed, it builds everything.
 */
export async function publishContent(options: PublishOptions): Promise<PublishReport> {
  const { root, outDir, contentDir, urlPath } = options;
  const recordDir = recordDirOf(outDir);
  const found = await readBuildRecord(recordDir);
  const folder = await readContentFolder(
    contentDir,
    'record' in found ? await readSourceStats(recordDir, found.record.sources) : undefined,
  );
  const { digests: sources, snapshot } = folder;
  const settings = await buildSettings(root, { ...options, urlPath }, sources, options.code);
  const rendererDir = rendererDirOf(root, settings);
  const last = await lastBuild(found, recordDir, settings, rendererDir);
  if ('reason' in last) {
    await options.fullBuild();
    return { kind: 'full', reason: last.reason };
  }
  const { record: before, template } = last;
  // Articles as checked before need not be read; any other article taken on its stat's word must be.
  const recordedArticles = await readCheckedArticles(recordDir, before, sources);
  const knownArticles = recordedArticles?.known ?? new Map();
  readUnread(contentDir, folder, (file) => !knownArticles.has(file));
  // The one walk of every source for what changed (the ledger's own change is added below).
  const sourceChanges = differences(before.sources, sources);
  const articleFiles = articleFileChanges(sourceChanges);
  const ledger = contentPaths.pastAddresses();
  const isLedgerEdited = sourceChanges.changed.includes(ledger) || sourceChanges.removed.includes(ledger);
  // Withdrawn and moved articles go into the content's ledger first, so this publish serves their old addresses.
  const ledgerDigest = await recordPastAddresses(
    contentDir,
    path.join(outDir, urlPath),
    before,
    articleFiles,
    snapshot,
    new Date(),
  );
  if (ledgerDigest !== undefined) {
    sources[ledger] = ledgerDigest;
    if (!sourceChanges.changed.includes(ledger)) sourceChanges.changed.push(ledger);
  }

  // Only the derived files that changed are kept to be written; the rest are digested and dropped.
  const prepared = await prepareContent(contentDir, urlPath, options.publishing, snapshot, {
    sources,
    before,
    knownArticles,
    ...(recordedArticles && {
      sinceRecord: { previousArticles: recordedArticles.previous, articleFiles, isLedgerEdited },
    }),
  });
  const derived = prepared.digests;
  await markPublishing(recordDir, new Date());
  const written: string[] = [];
  const deleted: string[] = [];
  const write = async (file: string, contents: string | Uint8Array) => {
    await writeAtomically(path.join(outDir, file), contents);
    written.push(file);
  };
  /** A changed derived file's contents: prepareContent keeps every file whose digest changed. */
  const changedContents = (file: string) => {
    const contents = prepared.files.get(file)?.contents;
    if (contents === undefined) throw new Error(`${file} changed, but its contents were not kept`);
    return contents;
  };
  const outputOfDerived = (file: string) => file.replace(/^\//, '');
  const outputOfSource = (file: string) => `${urlPath.replace(/^\//, '')}/${file}`;

  // 1. The content folder: source copies (site.json is published as derived) and derived JSON.
  for (const file of sourceChanges.changed) {
    if (file === contentPaths.site()) continue;
    await writeAtomically(
      path.join(outDir, outputOfSource(file)),
      await readFile(path.join(contentDir, file)),
    );
    written.push(outputOfSource(file));
  }
  const derivedChanges = differences(before.derived, derived);
  const isInContentFolder = (file: string) => file.startsWith(`${urlPath}/`);
  for (const file of derivedChanges.changed.filter(isInContentFolder)) {
    await write(outputOfDerived(file), changedContents(file));
  }

  // 2. Image variants and share cards whose pixels changed.
  const variants = variantDigests(prepared.variantSources, sources);
  const variantChanges = differences(
    before.variants,
    Object.fromEntries([...variants].map(([file, { digest }]) => [file, digest])),
  );
  const changedPhotos = new Set(variantChanges.changed.map((file) => variants.get(file)?.source));
  await writeImageVariants(
    [...changedPhotos].filter((source) => source !== undefined),
    { outDir: path.join(outDir, urlPath), cacheDir: imageCacheOf(root) },
  );
  written.push(...variantChanges.changed.map(outputOfSource));
  const cards = cardDigests(options.drawsShareCards ? planShareCards(prepared.shape) : [], sources);
  const cardChanges = differences(
    before.cards,
    Object.fromEntries([...cards].map(([file, { digest }]) => [file, digest])),
  );
  await writeShareCards(
    cardChanges.changed.flatMap((file) => cards.get(file)?.plan ?? []),
    { contentDir, outDir, cacheDir: cardCacheOf(root) },
  );
  written.push(...cardChanges.changed);

  // 3. Pages whose inputs changed, or that are new: articles first.
  const content: ContentDigests = { sources, derived, urlPath };
  const routes = withErrorPages(prepared.routes);
  // The same template (checked above), address and inputs make the same page.
  const inputChanged = inputChanges({ sources: before.sources, derived: before.derived, urlPath }, content, [
    ...sourceChanges.changed,
    ...sourceChanges.removed,
    ...derivedChanges.changed,
    ...derivedChanges.removed,
  ]);
  const isStale = (route: Route) => {
    const recorded = before.pages[route.file];
    return recorded?.url !== route.url || recorded.inputs.some(inputChanged);
  };
  const stale = routes.filter(isStale);
  const isArticle = (route: Route) => route.data?.some((data) => data.kind === 'article') ?? false;
  const renderSettings: RenderSettings = {
    rendererDir,
    base: options.base,
    outDir,
    manifestFile: path.join(recordDir, recordFiles.manifest),
    template,
    language: prepared.shape.site.language,
    contentBase: options.publishing.contentBase ?? options.base + urlPath.replace(/^\//, ''),
    contentFolder: urlPath,
    offlineScript: await readFile(path.join(recordDir, recordFiles.offlineScript), 'utf8'),
  };
  const rendered = await renderRoutesInOrder(renderSettings, [
    stale.filter(isArticle),
    stale.filter((route) => !isArticle(route)),
  ]);
  written.push(...rendered.map(({ file }) => file));
  const routeFiles = new Set(routes.map((route) => route.file));
  const renderedPages = pageRecords(routes, rendered, template, content);
  const pagesGone = Object.keys(before.pages).filter((file) => !routeFiles.has(file));
  const pages = {
    ...Object.fromEntries(Object.entries(before.pages).filter(([file]) => routeFiles.has(file))),
    ...renderedPages,
  };

  // 4. Feeds, sitemap and the rest outside the content folder, now that the pages they name exist.
  for (const file of derivedChanges.changed.filter((file) => !isInContentFolder(file))) {
    await write(outputOfDerived(file), changedContents(file));
  }

  // 5. Search bundles whose pages changed.
  let search: Record<string, string> = {};
  if (options.buildsSearchIndex) {
    const searchPlan = planSearchBundles(searchDocuments(prepared.shape));
    search = searchDigests(searchPlan.bundles, pages);
    const searchChanges = differences(before.search, search);
    const changedBundles = new Set(searchChanges.changed);
    const update = await updateSearchIndex(
      outDir,
      searchPlan,
      (bundle) => changedBundles.has(bundle.path),
      searchChanges.removed,
    );
    written.push(...update.written);
    deleted.push(...update.deleted);
  }

  // 6. What is there no longer: pages, copies, derived files, variants and cards.
  const removed = [
    ...pagesGone,
    ...sourceChanges.removed.map(outputOfSource),
    ...derivedChanges.removed.map(outputOfDerived),
    ...variantChanges.removed.map(outputOfSource),
    ...cardChanges.removed,
  ];
  for (const file of removed) await removeWithEmptyFolders(path.resolve(outDir), path.join(outDir, file));
  deleted.push(...removed);

  const record: BuildRecord = {
    version: 1,
    settings,
    sources,
    derived,
    documentInputs: prepared.documentInputs,
    template: before.template,
    pages,
    cards: Object.fromEntries([...cards].map(([file, { digest }]) => [file, digest])),
    variants: Object.fromEntries([...variants].map(([file, { digest }]) => [file, digest])),
    search,
    ...(await updateCheckedArticles(
      recordDir,
      recordedArticles,
      { sources, articleFiles },
      prepared.checkedArticles,
    )),
  };
  // The changes to its biggest fields are known already: no comparison of every entry.
  await writeBuildRecord(recordDir, record, 'record' in found ? found : undefined, {
    sources: sourceChanges,
    derived: derivedChanges,
    pages: { changed: Object.keys(renderedPages), removed: pagesGone },
  });
  await writeSourceStats(recordDir, folder.stats, sources);
  await clearPublishingMark(recordDir);
  return {
    kind: 'incremental',
    written: [...new Set(written)].sort(),
    deleted: [...new Set(deleted)].sort(),
    pagesRendered: rendered.length,
  };
}
