import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentPaths } from '../../features/content/contract/paths.ts';
import type { VariantSource } from '../imageVariants.ts';
import type { CheckedArticle } from '../listedArticle.ts';
import type { RenderedFile } from '../prerenderWorker.ts';
import { planSearchBundles, searchDocuments } from '../search/searchBundles.ts';
import { planShareCards } from '../shareCards/planCards.ts';
import type { SiteShape } from '../siteShape.ts';
import type { Route } from '../siteRoutes.ts';
import {
  codeVersion,
  recordFiles,
  writeBuildRecord,
  type BuildRecord,
  type BuildSettings,
  type PageRecord,
} from './buildRecord.ts';
import { writeSourceStats, type FolderStats } from './sourceStats.ts';
import { writeCheckedArticles } from './checkedArticles.ts';
import {
  cardDigests,
  pageDigest,
  searchDigests,
  templateDigest,
  variantDigests,
  type ContentDigests,
} from './outputDigests.ts';

/** What a build is asked to make: the content folder (where it is does not matter) and the options. */
export type BuildInputs = Omit<BuildSettings, 'code' | 'site'> & { contentDir: string };

/** The settings of a build of `contentDir` from the project at `root` (whose code version is `code`, if known). */
export async function buildSettings(
  root: string,
  options: BuildInputs,
  sources: Readonly<Record<string, string>>,
  code?: string,
): Promise<BuildSettings> {
  return {
    urlPath: options.urlPath,
    drawsShareCards: options.drawsShareCards,
    buildsSearchIndex: options.buildsSearchIndex,
    publishing: JSON.parse(JSON.stringify(options.publishing)) as BuildSettings['publishing'],
    code: code ?? (await codeVersion(root, options.contentDir)),
    site: sources[contentPaths.site()] ?? 'missing',
  };
}

/** Each page written, by file, with its address, inputs and digest. */
export function pageRecords(
  routes: readonly Route[],
  written: readonly RenderedFile[],
  template: string,
  content: ContentDigests,
): Record<string, PageRecord> {
  const urlOf = new Map(routes.map((route) => [route.file, route.url]));
  const pages: Record<string, PageRecord> = {};
  for (const { file, inputs } of written) {
    const url = urlOf.get(file) ?? '';
    pages[file] = { url, inputs, digest: pageDigest(template, { url, inputs }, content) };
  }
  return pages;
}

/**
 * Keeps what the next publish needs, once a full build has written every
 * file: the record of every output and what it was made from, the template
 * and the offline page's script (the renderer is already in the record's folder).
 */
export async function recordFullBuild(options: {
  recordDir: string;
  settings: BuildSettings;
  sources: Record<string, string>;
  /** The stats of the content files as read, for the next publish to trust (sourceStats.ts). */
  sourceStats: FolderStats;
  shape: SiteShape;
  checkedArticles: ReadonlyMap<string, CheckedArticle>;
  derived: Record<string, string>;
  documentInputs: Record<string, string>;
  variantSources: readonly VariantSource[];
  routes: readonly Route[];
  written: readonly RenderedFile[];
  template: string;
  offlineScript: string;
}): Promise<void> {
  const { recordDir, settings, sources, shape, template } = options;
  const content: ContentDigests = { sources, derived: options.derived, urlPath: settings.urlPath };
  const pages = pageRecords(options.routes, options.written, template, content);
  const record: BuildRecord = {
    version: 1,
    settings,
    sources,
    derived: options.derived,
    documentInputs: options.documentInputs,
    template: templateDigest(template),
    pages,
    cards: settings.drawsShareCards
      ? Object.fromEntries(
          [...cardDigests(planShareCards(shape), sources)].map(([file, { digest }]) => [file, digest]),
        )
      : {},
    variants: Object.fromEntries(
      [...variantDigests(options.variantSources, sources)].map(([file, { digest }]) => [file, digest]),
    ),
    search: settings.buildsSearchIndex
      ? searchDigests(planSearchBundles(searchDocuments(shape)).bundles, pages)
      : {},
    ...(await writeCheckedArticles(recordDir, sources, options.checkedArticles)),
  };
  await mkdir(recordDir, { recursive: true });
  await writeFile(path.join(recordDir, recordFiles.template), template);
  await writeFile(path.join(recordDir, recordFiles.offlineScript), options.offlineScript);
  await writeBuildRecord(recordDir, record);
  await writeSourceStats(recordDir, options.sourceStats, sources);
}
