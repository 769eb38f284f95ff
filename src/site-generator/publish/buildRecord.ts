import { randomUUID } from 'node:crypto';
import { access, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { textOf } from './asciiJson.ts';
import { digestOf } from './hashing.ts';
import {
  applyChanges,
  changeCount,
  changesSince,
  ENTRY_FIELDS,
  entryChangesOf,
  MOST_RECORD_CHANGES,
  type EntryChanges,
  type KnownChanges,
} from './recordChanges.ts';
import { writeAtomically } from './writeAtomically.ts';

/**
 * What the last build or publish left beside its output folder (`.dist-record/`
 * beside `dist/`): enough for the next publish to write only what changed.
 * - `settings`: what every file depends on (the code, site.json, the content's
 *   place and the deployment's options); any change means a full build.
 * - `sources`: every file of the content folder, by path, with its digest.
 * - `derived`: every file the build derives from the content (listings, links,
 *   feeds, sitemap, site.json as published), by its path from the site root.
 * - `documentInputs`: each planned document (links documents, listing pages),
 *   by the same path, with the digest of what it was made from
 *   (plannedInputDigest): a publish makes only those whose inputs changed.
 * - `template`: the digest of the template every page is composed into
 *   (template.html here); a publish with another builds everything.
 * - `pages`: every prerendered page, by file: its address, the content files
 *   it was rendered from (below the content folder) and a digest of them.
 * - `cards`, `variants`: share cards and image variants, by file, with a
 *   digest of what makes their pixels.
 * - `search`: every search bundle's folder, with a digest of its pages.
 * - `checkedArticles`, `checkedArticleChanges`: the digests of
 *   checked-articles.json beside it, every valid article as checked
 *   (checkedArticles.ts), and of the changes to it since, so a publish checks
 *   only the article files that changed.
 */
const settingsSchema = v.object({
  code: v.string(),
  site: v.string(),
  urlPath: v.string(),
  publishing: v.object({ siteUrl: v.optional(v.string()), contentBase: v.optional(v.string()) }),
  drawsShareCards: v.boolean(),
  buildsSearchIndex: v.boolean(),
});

type PageEntry = { url: string; inputs: string[]; digest: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object';
function isPageEntry(value: unknown): value is PageEntry {
  if (!isObject(value)) return false;
  const { url, digest, inputs } = value;
  if (typeof url !== 'string' || typeof digest !== 'string' || !Array.isArray(inputs)) return false;
  for (const input of inputs) if (typeof input !== 'string') return false;
  return true;
}

/**
 * A record of values by key, checked in place by a plain loop: the record
 * holds a million entries at 100,000 articles, and valibot's record schema
 * (which copies every entry) took half a second of each publish to check them.
 */
function recordOf<T>(isValue: (value: unknown) => value is T, expects: string) {
  const isRecord = (value: unknown) => {
    if (!isObject(value) || Array.isArray(value)) return false;
    for (const key in value) if (!isValue(value[key])) return false;
    return true;
  };
  return v.custom<Record<string, T>>(isRecord, `expected a record of ${expects}`);
}
const digestsByKey = recordOf((value): value is string => typeof value === 'string', 'strings');

const recordSchema = v.object({
  version: v.literal(1),
  settings: settingsSchema,
  sources: digestsByKey,
  derived: digestsByKey,
  documentInputs: digestsByKey,
  template: v.string(),
  pages: recordOf(isPageEntry, 'pages ({url, inputs, digest})'),
  cards: digestsByKey,
  variants: digestsByKey,
  search: digestsByKey,
  /** The digest of the checked articles' file (checkedArticles.ts). */
  checkedArticles: v.optional(v.string()),
  /** The digest of the file of the articles checked since that one was written, if any. */
  checkedArticleChanges: v.optional(v.string()),
});

export type BuildRecord = v.InferOutput<typeof recordSchema>;
export type PageRecord = BuildRecord['pages'][string];

/** The record's folder for an output folder: `.dist-record` beside `dist`. */
export function recordDirOf(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), `.${path.basename(outDir)}-record`);
}

/** Files kept in the record's folder besides the record itself. */
export const recordFiles = {
  record: 'record.json',
  /** The record's entries changed since it was written whole, and its other fields (recordChanges.ts). */
  recordChanges: 'record-changes.json',
  /** The index.html the build wrote, with its policy: every page is composed into it. */
  template: 'template.html',
  /** Every valid article as checked, by its file's digest (checkedArticles.ts). */
  checkedArticles: 'checked-articles.json',
  /** The articles checked since that file was written, by file, null for one gone (checkedArticles.ts). */
  checkedArticleChanges: 'checked-article-changes.json',
  /** Each content file's stat as last read, with its digest: one whose stat is the same is not read again (sourceStats.ts). */
  sourceStats: 'source-stats.json',
  /** Vite's manifest of the browser build: each page's route chunks. */
  manifest: 'manifest.json',
  /** The offline page's own script. */
  offlineScript: 'offline-script.txt',
  /** Left while a publish writes the output: still there later, that publish stopped part way. */
  publishing: 'publish-in-progress.txt',
};

/**
 * The server build that renders pages for a build with these settings,
 * inside the project, where its imports of React and the rest resolve. Named
 * by the settings (the code, site.json, the options), so a publish finds the
 * renderer of the full build it builds on, wherever the output was moved.
 */
export function rendererDirOf(root: string, settings: BuildSettings): string {
  return path.join(
    root,
    'node_modules/.broadsheet-renderers',
    digestOf(JSON.stringify(settings)).slice(0, 16),
  );
}

/**
 * The whole record as last written (`written`, its mark) and the changes to
 * its entries since (recordChanges.ts): what a publish adds its own changes to.
 */
export type RecordBase = { written: string; changes: EntryChanges };

/** A record as read: the record, changes applied, and what it was read from. */
export type ReadRecord = { record: BuildRecord; base: RecordBase };

/** The parsed record with the changes beside it applied, or why it cannot be used. */
function withChanges(whole: unknown, stored: unknown): { record: unknown; base: RecordBase } | string {
  const written = isObject(whole) ? whole.written : undefined;
  if (!isObject(whole) || typeof written !== 'string') return 'cannot be read';
  if (stored === undefined) return { record: whole, base: { written, changes: {} } };
  const changes = isObject(stored) ? entryChangesOf(stored.changes) : undefined;
  if (!isObject(stored) || !isObject(stored.fields) || changes === undefined)
    return 'has changes that cannot be read';
  if (stored.base !== written) return 'has changes made to another record';
  applyChanges(whole, changes);
  const entries = Object.fromEntries(ENTRY_FIELDS.map((field) => [field, whole[field]]));
  return { record: { ...stored.fields, ...entries }, base: { written, changes } };
}

/** The record, or why there is none to use: a publish then builds everything. */
export async function readBuildRecord(recordDir: string): Promise<ReadRecord | { problem: string }> {
  const file = path.join(recordDir, recordFiles.record);
  let text: string;
  try {
    text = textOf(await readFile(file));
  } catch {
    return { problem: `there is no record of an earlier build in ${recordDir}` };
  }
  const changesText = await readFile(path.join(recordDir, recordFiles.recordChanges)).then(
    textOf,
    () => undefined,
  );
  let why = 'cannot be read';
  try {
    const read = withChanges(
      JSON.parse(text),
      changesText === undefined ? undefined : JSON.parse(changesText),
    );
    if (typeof read === 'string') why = read;
    else {
      const parsed = v.safeParse(recordSchema, read.record);
      if (parsed.success) return { record: parsed.output, base: read.base };
    }
  } catch {
    // Not JSON: told below.
  }
  return { problem: `the record of the last build (${file}) ${why}` };
}

/**
 * Writes the record. After a publish of one read as `since`, only the entries
 * changed since the whole record was written, beside it (recordChanges.ts);
 * otherwise, or once those number MOST_RECORD_CHANGES, the whole record with
 * a new mark, after which the changes beside it (now another record's) are
 * removed. Each file is written under a temporary name and renamed: a publish
 * stopped halfway keeps the old record, or leaves changes that name another
 * record, which makes the next publish build everything.
 */
export async function writeBuildRecord(
  recordDir: string,
  record: BuildRecord,
  since?: ReadRecord,
  known?: KnownChanges,
): Promise<void> {
  await mkdir(recordDir, { recursive: true });
  const changesFile = path.join(recordDir, recordFiles.recordChanges);
  if (since) {
    const changes = changesSince(since.base.changes, since.record, record, known);
    if (changeCount(changes) <= MOST_RECORD_CHANGES) {
      const fields = Object.fromEntries(
        Object.entries(record).filter(([field]) => !(ENTRY_FIELDS as readonly string[]).includes(field)),
      );
      await writeAtomically(changesFile, JSON.stringify({ base: since.base.written, fields, changes }));
      return;
    }
  }
  const written = `${new Date().toISOString()} ${String(process.pid)} ${randomUUID()}`;
  await writeAtomically(path.join(recordDir, recordFiles.record), JSON.stringify({ written, ...record }));
  await rm(changesFile, { force: true });
}

/** Removes the record (and any mark of a publish), so a build that fails halfway is never published onto. */
export async function forgetBuildRecord(recordDir: string): Promise<void> {
  await rm(path.join(recordDir, recordFiles.record), { force: true });
  await rm(path.join(recordDir, recordFiles.recordChanges), { force: true });
  await rm(path.join(recordDir, recordFiles.publishing), { force: true });
}

/**
 * Marks the output as being written by a publish, before its first write.
 * The record only changes once everything is written, so a publish that
 * stops part way leaves the old record and this mark: the next publish then
 * cannot tell what the stopped one wrote (content put back as the record has
 * it would look unchanged) and builds everything instead.
 */
export async function markPublishing(recordDir: string, now: Date): Promise<void> {
  await writeFile(
    path.join(recordDir, recordFiles.publishing),
    `A publish started writing the output at ${now.toISOString()} (process ${String(process.pid)}).\n`,
  );
}

/** Clears the mark once the publish's record is written. */
export async function clearPublishingMark(recordDir: string): Promise<void> {
  await rm(path.join(recordDir, recordFiles.publishing), { force: true });
}

/** Why the last publish's output cannot be built on, when it stopped part way, or undefined. */
export async function stoppedPublish(recordDir: string): Promise<string | undefined> {
  const file = path.join(recordDir, recordFiles.publishing);
  return access(file).then(
    () => `the last publish stopped part way (${file} is still there), so what it wrote is not known`,
    () => undefined,
  );
}

/** Files of the project whose change makes a different build: its code, styles, settings and locked dependencies. */
const CODE_FILES = [
  'index.html',
  'vite.config.ts',
  'tailwind.config.ts',
  'package-lock.json',
  'tsconfig.app.json',
  'tsconfig.base.json',
];
const CODE_FOLDERS = ['src', 'public'];

async function filesBelow(root: string, folder: string, skipped: readonly string[]): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true }).catch(
    () => [],
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !skipped.some((skip) => file === skip || file.startsWith(`${skip}${path.sep}`)))
    .sort();
}

/**
 * The build's code version: a digest of the project's own files, without
 * content (the sample content in public/content, and the content folder
 * built, wherever it is). A publish with another version builds everything.
 */
export async function codeVersion(root: string, contentDir: string): Promise<string> {
  const skipped = [path.join('public', 'content'), path.relative(root, contentDir)].filter(
    (folder) => folder !== '' && !folder.startsWith('..'),
  );
  const folders = await Promise.all(CODE_FOLDERS.map((folder) => filesBelow(root, folder, skipped)));
  const files = [...CODE_FILES, ...folders.flat()];
  const contents = await Promise.all(
    files.map((file) => readFile(path.join(root, file)).catch(() => new Uint8Array())),
  );
  return digestOf(...files.flatMap((file, at) => [file, contents[at] ?? new Uint8Array()]));
}

/** What every output depends on; a publish whose settings differ from the record's builds everything. */
export type BuildSettings = v.InferOutput<typeof settingsSchema>;

/** Why a publish with `now` cannot build on the record's output, or undefined when it can. */
export function settingsChange(recorded: BuildSettings, now: BuildSettings): string | undefined {
  if (recorded.code !== now.code) return 'the code changed (a new build of the app)';
  if (recorded.site !== now.site) return 'site.json changed';
  if (recorded.urlPath !== now.urlPath) return "the content folder's path on the site changed";
  if (JSON.stringify(recorded.publishing) !== JSON.stringify(now.publishing))
    return 'the publishing options (BROADSHEET_SITE_URL, BROADSHEET_CONTENT_BASE) changed';
  if (recorded.drawsShareCards !== now.drawsShareCards) return 'BROADSHEET_SHARE_CARDS changed';
  if (recorded.buildsSearchIndex !== now.buildsSearchIndex) return 'BROADSHEET_SEARCH changed';
  return undefined;
}
