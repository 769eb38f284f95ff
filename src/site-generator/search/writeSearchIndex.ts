import { readFileSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { searchPaths } from '../../features/content/contract/searchIndexes.ts';
import {
  planSearchBundles,
  searchIndexesDocument,
  type SearchBundle,
  type SearchDocument,
} from './searchBundles.ts';
import { searchablePage } from './searchablePage.ts';

/** Pages read and handed to Pagefind at once: enough to keep its binary busy, few enough to hold. */
const PAGES_AT_ONCE = 16;

/** Pagefind's own search UI, which the site does not use (it renders results as plain links). */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export type SearchIndexReport = {
  /** Pages in each bundle, recent first. */
  bundles: { path: string; year?: number; quarter?: number; pages: number }[];
  pages: number;
  ms: number;
};

/**
 * Hands Pagefind a bundle's pages a batch at a time, in the articles' order,
 * so the same content makes the same index. Each batch is read while
 * Pagefind's binary indexes the one before: reading the pages (about 60 kB
 * each, a quarter's bundle over 100 MB) takes as long as indexing them.
 * Synchronous reads, as many small promises cost more than the reading.
 */
async function addPages(index: pagefind.PagefindIndex, outDir: string, bundle: SearchBundle) {
  const { documents } = bundle;
  const problems: string[] = [];
  const send = (batch: readonly SearchDocument[], contents: readonly string[]) =>
    Promise.all(
      batch.map((document, at) => index.addHTMLFile({ url: document.url, content: contents[at] ?? '' })),
    ).then((responses) => {
      responses.forEach(({ errors }, at) => {
        for (const error of errors) problems.push(`${batch[at]?.file ?? ''}: ${error}`);
      });
    });
  let indexing = Promise.resolve();
  for (let start = 0; start < documents.length; start += PAGES_AT_ONCE) {
    const batch = documents.slice(start, start + PAGES_AT_ONCE);
    const contents = batch.map((document) =>
      searchablePage(readFileSync(path.join(outDir, document.file), 'utf8'), document.file, bundle.filter),
    );
    await indexing;
    indexing = send(batch, contents);
  }
  await indexing;
  return problems;
}

/**
 * One bundle, from a fresh Pagefind service that is closed afterwards: its
 * binary holds the whole bundle in memory while it indexes, and stopping it
 * is the one sure way to hand that memory back before the next bundle.
 */
async function writeBundle(outDir: string, bundle: SearchBundle): Promise<void> {
  const { index, errors } = await pagefind.createIndex();
  try {
    if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
    const problems = await addPages(index, outDir, bundle);
    if (problems.length > 0)
      throw new Error(`search index: Pagefind could not index\n${problems.join('\n')}`);
    const bundleDir = path.join(outDir, bundle.path);
    const written = await index.writeFiles({ outputPath: bundleDir });
    if (written.errors.length > 0) {
      throw new Error(`search index: Pagefind could not write ${bundle.path}: ${written.errors.join('; ')}`);
    }
    await Promise.all(UNUSED_UI_FILES.map((file) => rm(path.join(bundleDir, file), { force: true })));
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the prerendered article pages in `outDir`: the recent and month bundles and
 * one archive bundle a quarter (searchBundles.ts), one after another, then
 * indexes.json, which tells the search page what there is.
 */
export async function writeSearchIndex(
  outDir: string,
  documents: SearchDocument[],
): Promise<SearchIndexReport> {
  const started = performance.now();
  const plan = planSearchBundles(documents);
  await rm(path.join(outDir, path.dirname(searchPaths.indexes())), { recursive: true, force: true });
  for (const bundle of plan.bundles) await writeBundle(outDir, bundle);
  await writeFile(
    path.join(outDir, searchPaths.indexes()),
    `${JSON.stringify(searchIndexesDocument(plan))}\n`,
  );
  return {
    bundles: plan.bundles.map(({ path: bundlePath, year, quarter, documents: pages }) => ({
      path: bundlePath,
      ...(year === undefined ? {} : { year }),
      ...(quarter === undefined ? {} : { quarter }),
      pages: pages.length,
    })),
    pages: documents.length,
    ms: performance.now() - started,
  };
}

/** One line for the build log, like the prerenderer's: `search index: 685 recent + 3 archive bundles, 10,000 pages in 41.2 s`. */
export function searchIndexSummary(report: SearchIndexReport): string {
  const count = (n: number) => n.toLocaleString('en');
  // "Recent" here is the newest month: the recent (day) and month bundles together.
  const recent = report.bundles
    .filter((bundle) => bundle.year === undefined)
    .reduce((sum, bundle) => sum + bundle.pages, 0);
  const archives = report.bundles.filter((bundle) => bundle.year !== undefined).length;
  return (
    `search index: ${count(recent)} recent + ${String(archives)} archive bundle${archives === 1 ? '' : 's'}, ` +
    `${count(report.pages)} pages in ${(report.ms / 1000).toFixed(1)} s`
  );
}

/** Every file below `folder`, by its path from `outDir`. */
async function filesIn(outDir: string, folder: string): Promise<string[]> {
  const entries = await readdir(path.join(outDir, folder), { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * A publish's share of the search index, as `plan` (planSearchBundles) has
 * it: writes the bundles `isChanged` picks, each into a folder of its own that then takes the old one's place,
 * removes the folders of bundles there are no longer, and rewrites
 * indexes.json. Returns the files written and deleted, from `outDir`.
 */
export async function updateSearchIndex(
  outDir: string,
  plan: ReturnType<typeof planSearchBundles>,
  isChanged: (bundle: SearchBundle) => boolean,
  staleBundles: readonly string[],
): Promise<{ written: string[]; deleted: string[] }> {
  const written: string[] = [];
  const deleted: string[] = [];
  for (const bundle of plan.bundles.filter(isChanged)) {
    const folder = bundle.path.replace(/\/+$/, '');
    const before = await filesIn(outDir, folder);
    // A quarter's bundle has a file per page, each small: read one at a time, synchronously, as in addPages.
    const beforeBytes = new Map(before.map((file) => [file, readFileSync(path.join(outDir, file))]));
    const partial = { ...bundle, path: `${folder}.partial` };
    await rm(path.join(outDir, partial.path), { recursive: true, force: true });
    await writeBundle(outDir, partial);
    const old = path.join(outDir, `${folder}.old`);
    await rm(old, { recursive: true, force: true });
    await rename(path.join(outDir, folder), old).catch(() => undefined);
    await rename(path.join(outDir, partial.path), path.join(outDir, folder));
    await rm(old, { recursive: true, force: true });
    const after = await filesIn(outDir, folder);
    // Pagefind names most of its files by their contents: only the new and the changed are news to a deploy.
    const isUnchanged = (file: string) =>
      beforeBytes.get(file)?.equals(readFileSync(path.join(outDir, file))) ?? false;
    written.push(...after.filter((file) => !isUnchanged(file)));
    const kept = new Set(after);
    deleted.push(...before.filter((file) => !kept.has(file)));
  }
  for (const stale of staleBundles) {
    deleted.push(...(await filesIn(outDir, stale)));
    await rm(path.join(outDir, stale), { recursive: true, force: true });
  }
  const indexes = `${JSON.stringify(searchIndexesDocument(plan))}\n`;
  const indexesFile = path.join(outDir, searchPaths.indexes());
  if ((await readFile(indexesFile, 'utf8').catch(() => '')) !== indexes) {
    await writeFile(`${indexesFile}.partial`, indexes);
    await rename(`${indexesFile}.partial`, indexesFile);
    written.push(path.relative(outDir, indexesFile));
  }
  return { written, deleted };
}
