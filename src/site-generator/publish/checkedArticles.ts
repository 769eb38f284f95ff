import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckedArticle } from '../listedArticle.ts';
import { recordFiles } from './buildRecord.ts';
import { digestOf } from './hashing.ts';
import { writeAtomically } from './writeAtomically.ts';

// Every valid article as the last build or publish checked it (CheckedArticle:
// the article without its body, and its warnings), with the digest of the
// bytes it checked. The same bytes against the same site.json and code check
// the same (and either changing builds everything), so a publish reads, parses
// and checks only the article files whose digest changed: at 100,000 articles
// that is most of its time. The record keeps this file's own digest: a file
// that is not the one written is not used, and every article is checked again.

type StoredArticles = Record<string, CheckedArticle & { digest: string }>;

/** Writes the checked articles of a build with these sources beside the record; resolves with the file's digest. */
export async function writeCheckedArticles(
  recordDir: string,
  sources: Readonly<Record<string, string>>,
  checked: ReadonlyMap<string, CheckedArticle>,
): Promise<string> {
  const stored: StoredArticles = {};
  for (const [file, article] of checked) {
    const digest = sources[file];
    if (digest !== undefined) stored[file] = { digest, ...article };
  }
  const text = JSON.stringify(stored);
  await writeAtomically(path.join(recordDir, recordFiles.checkedArticles), text);
  return digestOf(text);
}

/**
 * The checked articles whose file is byte for byte the same in `sources`, by
 * file; none when the file is missing or is not the one the record names.
 */
export async function readCheckedArticles(
  recordDir: string,
  recordedDigest: string | undefined,
  sources: Readonly<Record<string, string>>,
): Promise<Map<string, CheckedArticle>> {
  const known = new Map<string, CheckedArticle>();
  if (recordedDigest === undefined) return known;
  const text = await readFile(path.join(recordDir, recordFiles.checkedArticles), 'utf8').catch(() => '');
  if (digestOf(text) !== recordedDigest) return known;
  const stored = JSON.parse(text) as StoredArticles;
  for (const [file, { digest, ...article }] of Object.entries(stored)) {
    if (sources[file] === digest) known.set(file, article);
  }
  return known;
}
