import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CheckedArticle } from '../listedArticle.ts';
import { asciiJson, textOf } from './asciiJson.ts';
import { recordFiles, type BuildRecord } from './buildRecord.ts';
import { digestOf } from './hashing.ts';
import type { FileChanges } from './sourceChanges.ts';
import { writeAtomically } from './writeAtomically.ts';

// Every valid article as the last build or publish checked it (CheckedArticle:
// the article without its body, and its warnings), with the digest of the
// bytes it checked. The same bytes against the same site.json and code check
// the same (and either changing builds everything), so a publish reads, parses
// and checks only the article files whose digest changed: at 100,000 articles
// that is most of its time. The record keeps this file's own digest: a file
// that is not the one written is not used, and every article is checked again.
//
// A full build writes every article (about 90 MB at 100,000); a publish writes
// only what changed since, in a second, small file (null for a file gone),
// until that holds MOST_CHANGES, when it writes every article again.

type StoredArticle = CheckedArticle & { digest: string };
type StoredArticles = Record<string, StoredArticle>;
type StoredChanges = Record<string, StoredArticle | null>;

/** How many changed files the changes file holds before a publish writes every article again. */
export const MOST_CHANGES = 5_000;

/** What the record names of the checked articles' files: their digests. */
export type CheckedArticleFiles = Pick<BuildRecord, 'checkedArticles' | 'checkedArticleChanges'>;

/** Writes every checked article of a build with these sources beside the record; resolves with the files' digests. */
export async function writeCheckedArticles(
  recordDir: string,
  sources: Readonly<Record<string, string>>,
  checked: ReadonlyMap<string, CheckedArticle>,
): Promise<CheckedArticleFiles> {
  const stored: StoredArticles = {};
  for (const [file, article] of checked) {
    const digest = sources[file];
    if (digest !== undefined) stored[file] = { digest, ...article };
  }
  const text = asciiJson(stored);
  await writeAtomically(path.join(recordDir, recordFiles.checkedArticles), text);
  await rm(path.join(recordDir, recordFiles.checkedArticleChanges), { force: true });
  return { checkedArticles: digestOf(text) };
}

/** What the record's checked articles give a publish (readCheckedArticles). */
export type RecordedArticles = {
  /** The checked articles whose file is byte for byte the same now, by file. */
  known: Map<string, CheckedArticle>;
  /** The articles whose file changed or went since, as they were, by file: what a publish compares with. */
  previous: Map<string, CheckedArticle['listed']>;
  /** The files as the record names them, and the changes written since every article was. */
  files: CheckedArticleFiles;
  changes: StoredChanges;
};

/** A file of the record's folder, parsed, if its bytes have the digest the record names. */
async function readRecorded(file: string, digest: string): Promise<unknown> {
  // Digested as bytes: the file is tens of megabytes, and text would be encoded again to digest it.
  const bytes = await readFile(file).catch(() => undefined);
  if (bytes === undefined || digestOf(bytes) !== digest) return undefined;
  return JSON.parse(textOf(bytes));
}

/**
 * The checked articles of the record, split by whether their file is byte
 * for byte the same in `sources`; none when a file is missing or is not the
 * one the record names.
 */
export async function readCheckedArticles(
  recordDir: string,
  { checkedArticles, checkedArticleChanges }: CheckedArticleFiles,
  sources: Readonly<Record<string, string>>,
): Promise<RecordedArticles | undefined> {
  if (checkedArticles === undefined) return undefined;
  const stored = (await readRecorded(path.join(recordDir, recordFiles.checkedArticles), checkedArticles)) as
    StoredArticles | undefined;
  const changes = (
    checkedArticleChanges === undefined
      ? {}
      : await readRecorded(path.join(recordDir, recordFiles.checkedArticleChanges), checkedArticleChanges)
  ) as StoredChanges | undefined;
  if (stored === undefined || changes === undefined) return undefined;
  const recorded: RecordedArticles = {
    known: new Map(),
    previous: new Map(),
    files: { checkedArticles, ...(checkedArticleChanges !== undefined && { checkedArticleChanges }) },
    changes,
  };
  const split = (file: string, { digest, ...article }: StoredArticle) => {
    if (sources[file] === digest) recorded.known.set(file, article);
    else recorded.previous.set(file, article.listed);
  };
  for (const [file, article] of Object.entries(stored)) if (!(file in changes)) split(file, article);
  for (const [file, article] of Object.entries(changes)) if (article) split(file, article);
  return recorded;
}

/**
 * Keeps the checked articles of a publish with these sources, made on the
 * record's: only the article files new, changed or gone since the record
 * (`articleFiles`) are written, into the changes file, unless it would hold
 * more than MOST_CHANGES.
 */
export async function updateCheckedArticles(
  recordDir: string,
  recorded: RecordedArticles | undefined,
  { sources, articleFiles }: { sources: Readonly<Record<string, string>>; articleFiles: FileChanges },
  checked: ReadonlyMap<string, CheckedArticle>,
): Promise<CheckedArticleFiles> {
  if (recorded === undefined) return writeCheckedArticles(recordDir, sources, checked);
  const changes: StoredChanges = { ...recorded.changes };
  for (const file of articleFiles.changed) {
    const digest = sources[file];
    const article = checked.get(file);
    changes[file] = article && digest !== undefined ? { digest, ...article } : null;
  }
  for (const file of articleFiles.removed) changes[file] = null;
  if (Object.keys(changes).length > MOST_CHANGES) return writeCheckedArticles(recordDir, sources, checked);
  const text = asciiJson(changes);
  await writeAtomically(path.join(recordDir, recordFiles.checkedArticleChanges), text);
  return { checkedArticles: recorded.files.checkedArticles, checkedArticleChanges: digestOf(text) };
}
