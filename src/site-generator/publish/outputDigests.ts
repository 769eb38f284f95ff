import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { CardPlan } from '../shareCards/planCards.ts';
import { contentPaths } from '../../features/content/contract/paths.ts';
import { shareCardPath } from '../../features/content/contract/shareCard.ts';
import type { DocumentPlan } from '../documentPlan.ts';
import { decodedPath, type VariantSource } from '../imageVariants.ts';
import type { SearchBundle } from '../search/searchBundles.ts';
import type { BuildRecord, PageRecord } from './buildRecord.ts';
import { digestOf } from './hashing.ts';
import { fileStatOf, type FileStat, type FolderStats, type TrustedDigest } from './sourceStats.ts';

// What each kind of output is made from, as one digest per file. A full build
// records them; a publish computes them again from the content as it is now
// and writes the files whose digest changed. Both use these functions, so
// they cannot disagree about what an output depends on.

/** The content folder as a publish reads it: every file's digest, the JSON it read, and the stats it saw. */
export type ContentFolder = {
  digests: Record<string, string>;
  snapshot: Map<string, string>;
  stats: FolderStats;
};

/**
 * Whether a file is always read: the site's own JSON (site.json, pages, the
 * ledger) is needed as text on every publish, and is small. Article files and
 * photos may be taken on their stat's word (sourceStats.ts).
 */
const isAlwaysRead = (file: string) => file.endsWith('.json') && !file.startsWith('articles/');

/** A file's bytes, or undefined when it is gone (deleted between listing and reading); any other failure is the publish's. */
function readIfThere(contentDir: string, file: string): Buffer | undefined {
  try {
    return readFileSync(path.join(contentDir, file));
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The stat of a file, or undefined when it is gone. */
function statIfThere(contentDir: string, file: string): FileStat | undefined {
  const stats = statSync(path.join(contentDir, file), { throwIfNoEntry: false });
  return stats && fileStatOf(stats);
}

/** Reads one file into the folder: its digest, and its text when it is JSON. */
function readInto(contentDir: string, folder: ContentFolder, file: string) {
  const bytes = readIfThere(contentDir, file);
  if (bytes === undefined) {
    Reflect.deleteProperty(folder.digests, file);
    return;
  }
  folder.digests[file] = digestOf(bytes);
  if (file.endsWith('.json')) folder.snapshot.set(file, bytes.toString('utf8'));
}

/**
 * Every file of the content folder by its path below it (`articles/x.json`),
 * with its digest, and its JSON files' text as read (the snapshot a publish
 * checks, so it builds the very bytes it records). A file whose stat `trusted`
 * vouches for keeps the digest it had and is not read: it is not in the snapshot.
 */
export async function readContentFolder(contentDir: string, trusted?: TrustedDigest): Promise<ContentFolder> {
  const readFrom = Date.now();
  const root = path.resolve(contentDir);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  // By slicing, not path.relative: the same paths, in a tenth of the time for 100,000 files.
  const below = (entry: { parentPath: string; name: string }) =>
    entry.parentPath === root
      ? entry.name
      : `${entry.parentPath
          .slice(root.length + 1)
          .split(path.sep)
          .join('/')}/${entry.name}`;
  const files = entries
    .filter((entry) => entry.isFile())
    .map(below)
    .sort();
  const folder: ContentFolder = { digests: {}, snapshot: new Map(), stats: { readFrom, stats: new Map() } };
  // One at a time and synchronously: three times as fast as batches of promises for an
  // archive's many small files, and never more than one file open (a whole archive at
  // once opened more than a process may, and those reads looked like files gone).
  // The stat comes first: a file written after it has a newer one next time, and is read then.
  for (const file of files) {
    const stat = statIfThere(contentDir, file);
    if (stat === undefined) continue;
    folder.stats.stats.set(file, stat);
    const digest = isAlwaysRead(file) ? undefined : trusted?.(file, stat);
    if (digest === undefined) readInto(contentDir, folder, file);
    else folder.digests[file] = digest;
  }
  return folder;
}

/** Reads the folder's files that were taken on their stat's word and that `isNeeded` (the check needs their text). */
export function readUnread(
  contentDir: string,
  folder: ContentFolder,
  isNeeded: (file: string) => boolean,
): void {
  for (const file of Object.keys(folder.digests)) {
    if (file.endsWith('.json') && !folder.snapshot.has(file) && isNeeded(file))
      readInto(contentDir, folder, file);
  }
}

/**
 * Each article's source digest by its id, looked up once: planned documents
 * ask a million times at 100,000 articles, and a lookup by the file's path
 * built each time was a third of plannedInputDigest's cost.
 */
export function articleDigests(sources: Readonly<Record<string, string>>): (id: string) => string {
  const byId = new Map<string, string>();
  return (id) => {
    let digest = byId.get(id);
    if (digest === undefined) {
      digest = sources[contentPaths.article(id)] ?? 'missing';
      byId.set(id, digest);
    }
    return digest;
  };
}

/**
 * What a planned document (a links document, a listing page) is made from:
 * its inputs and the digest of each article file it shows (all it takes from
 * them, by articleDigests). The same digest means the same document.
 */
export function plannedInputDigest(plan: DocumentPlan, digestOfArticle: (id: string) => string): string {
  return digestOf(JSON.stringify(plan.inputs), ...plan.shows.map(digestOfArticle));
}

/** The digests a page's inputs are looked up in: what the renderer reads below the content folder. */
export type ContentDigests = Pick<BuildRecord, 'sources' | 'derived'> & { urlPath: string };

/** A content file as the renderer reads it: derived, else the copy of the source, else missing. */
function inputDigest(content: ContentDigests, file: string): string {
  return content.derived[`${content.urlPath}/${file}`] ?? content.sources[file] ?? 'missing';
}

// The template's digest, kept: a build digests every page against the same template.
let lastTemplate: { template: string; digest: string } | undefined;
/** The digest of the template every page is composed into, as pageDigest and the record take it. */
export function templateDigest(template: string): string {
  if (lastTemplate?.template !== template) lastTemplate = { template, digest: digestOf(template) };
  return lastTemplate.digest;
}

/** A page's digest: its address, the template it is composed into and every input it read. */
export function pageDigest(
  template: string,
  page: Pick<PageRecord, 'url' | 'inputs'>,
  content: ContentDigests,
): string {
  return digestOf(
    templateDigest(template),
    page.url,
    ...page.inputs.flatMap((file) => [file, inputDigest(content, file)]),
  );
}

/**
 * Whether a page input (a file below the content folder) reads differently
 * now than in the record: a page whose address and template are the same is
 * stale exactly when one of its inputs is, as its digest (pageDigest) is made
 * of nothing else. Only `touched` can be: the source and derived files whose
 * digest changed, appeared or went, by their keys in `sources` and `derived`;
 * each is compared as pageDigest reads it, so the lookup per input is a set's.
 */
export function inputChanges(
  before: ContentDigests,
  now: ContentDigests,
  touched: Iterable<string>,
): (file: string) => boolean {
  const inContentFolder = `${now.urlPath}/`;
  const changed = new Set<string>();
  for (const key of touched) {
    const file = key.startsWith(inContentFolder) ? key.slice(inContentFolder.length) : key;
    if (inputDigest(now, file) !== inputDigest(before, file)) changed.add(file);
  }
  return (file) => changed.has(file);
}

/** Each share card by its file below the output folder: its plan and the digest of its words and picture. */
export function cardDigests(
  plans: readonly CardPlan[],
  sources: Readonly<Record<string, string>>,
): Map<string, { plan: CardPlan; digest: string }> {
  return new Map(
    plans.map((plan) => {
      const picture = plan.picture === undefined ? '' : (sources[decodedPath(plan.picture)] ?? 'missing');
      return [
        shareCardPath(plan.pagePath).slice(1),
        { plan, digest: digestOf(JSON.stringify(plan), picture) },
      ];
    }),
  );
}

/** Each image variant by its path below the content folder: its source and the digest of source and size. */
export function variantDigests(
  variantSources: readonly VariantSource[],
  sources: Readonly<Record<string, string>>,
): Map<string, { source: VariantSource; digest: string }> {
  const digests = new Map<string, { source: VariantSource; digest: string }>();
  for (const source of variantSources) {
    const picture = sources[decodedPath(source.src)] ?? 'missing';
    for (const variant of source.variants) {
      digests.set(decodedPath(variant.path), {
        source,
        digest: digestOf(picture, JSON.stringify([variant.width, variant.format])),
      });
    }
  }
  return digests;
}

/** Each search bundle by its folder: the digest of its pages, in order, as they were rendered. */
export function searchDigests(
  bundles: readonly SearchBundle[],
  pages: Readonly<Record<string, PageRecord>>,
): Record<string, string> {
  return Object.fromEntries(
    bundles.map((bundle) => [
      bundle.path,
      digestOf(
        bundle.path,
        ...bundle.documents.flatMap((document) => [document.url, pages[document.file]?.digest ?? 'missing']),
      ),
    ]),
  );
}
