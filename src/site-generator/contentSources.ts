import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentPaths } from '../features/content/contract/paths.ts';
import type { CheckedArticle } from './listedArticle.ts';

/** A source file as read: its name from the content folder and its parsed JSON. */
export type SourceFile = { label: string; data: unknown };

/** An article file a publish checked before, byte for byte the same now: not read again. */
export type KnownArticle = { label: string; known: CheckedArticle };

/**
 * The JSON files of a content folder as read once, by their path below it
 * (`articles/x.json`): a publish digests and checks the same bytes, so what
 * its record says it built is what it built, and no file is read twice.
 */
export type ContentSnapshot = ReadonlyMap<string, string>;

/** A file's text: from the snapshot when there is one (a file missing from it is missing), else from disk. */
async function readText(contentDir: string, label: string, snapshot: ContentSnapshot | undefined) {
  if (snapshot === undefined) return readFile(path.join(contentDir, label), 'utf8');
  const text = snapshot.get(label);
  if (text === undefined) throw new Error(`${label} is not in the content folder`);
  return text;
}

/** A JSON file's parsed value, or undefined with a problem added when it cannot be read or parsed. */
export async function readJson(
  contentDir: string,
  label: string,
  problems: string[],
  snapshot?: ContentSnapshot,
): Promise<unknown> {
  let text: string;
  try {
    text = await readText(contentDir, label, snapshot);
  } catch {
    problems.push(`${label}: cannot be read (is it missing?)`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push(`${label}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

/**
 * The JSON files directly in one folder of the content folder (`articles/x.json`), sorted:
 * with a snapshot, those in it and the known ones (a publish reads no known file).
 */
async function jsonFilesIn(
  contentDir: string,
  folder: string,
  snapshot: ContentSnapshot | undefined,
  known: ReadonlyMap<string, CheckedArticle>,
) {
  const names =
    snapshot === undefined
      ? await readdir(path.join(contentDir, folder)).catch(() => [])
      : [...new Set([...snapshot.keys(), ...known.keys()])].flatMap((label) => {
          const name = label.startsWith(`${folder}/`) ? label.slice(folder.length + 1) : '';
          return name.includes('/') ? [] : [name];
        });
  return names.filter((file) => file.endsWith('.json')).sort();
}

/**
 * The JSON files of one folder of the content folder (`articles`), by name,
 * and those that could be read; those in `known` are not read but passed on.
 */
async function readFolder(
  contentDir: string,
  folder: string,
  problems: string[],
  snapshot: ContentSnapshot | undefined,
  known: ReadonlyMap<string, CheckedArticle> = new Map(),
) {
  const files = await jsonFilesIn(contentDir, folder, snapshot, known);
  const sources: (SourceFile | KnownArticle)[] = [];
  for (const file of files) {
    const label = `${folder}/${file}`;
    const checked = known.get(label);
    if (checked !== undefined) {
      sources.push({ label, known: checked });
      continue;
    }
    const data = await readJson(contentDir, label, problems, snapshot);
    if (data !== undefined) sources.push({ label, data });
  }
  return { files, sources };
}

/** Whether the content folder has a file, in the snapshot or on disk. */
async function hasFile(contentDir: string, label: string, snapshot: ContentSnapshot | undefined) {
  if (snapshot !== undefined) return snapshot.has(label);
  return access(path.join(contentDir, label)).then(
    () => true,
    () => false,
  );
}

/**
 * The source files of a content folder as read (site.json, articles/, the
 * optional pages/ and past-addresses.json), with the problems of any that
 * cannot be read; from `snapshot` when given, else from disk. The articles
 * in `knownArticles` (by file) are passed on as they were checked, unread.
 */
export async function readSources(
  contentDir: string,
  snapshot?: ContentSnapshot,
  knownArticles?: ReadonlyMap<string, CheckedArticle>,
) {
  const problems: string[] = [];
  const siteLabel = contentPaths.site();
  const siteData = await readJson(contentDir, siteLabel, problems, snapshot);
  const articles = await readFolder(contentDir, 'articles', problems, snapshot, knownArticles);
  if (articles.files.length === 0) problems.push('articles/: no article files found');
  // Pages are optional: a site may have none.
  const pages = await readFolder(contentDir, 'pages', problems, snapshot);
  const site: SourceFile | undefined =
    siteData === undefined ? undefined : { label: siteLabel, data: siteData };
  // The ledger of past addresses is optional too: a site that never withdrew or moved a story has none.
  const ledgerLabel = contentPaths.pastAddresses();
  const ledgerData = (await hasFile(contentDir, ledgerLabel, snapshot))
    ? await readJson(contentDir, ledgerLabel, problems, snapshot)
    : undefined;
  const pastAddresses: SourceFile | undefined =
    ledgerData === undefined ? undefined : { label: ledgerLabel, data: ledgerData };
  // No page is ever known: pages are few, and read every time.
  const pageFiles = pages.sources.filter((file): file is SourceFile => 'data' in file);
  return { site, articleFiles: articles.sources, pageFiles, pastAddresses, problems };
}
