import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { textOf } from './asciiJson.ts';
import path from 'node:path';
import { recordFiles } from './buildRecord.ts';
import { writeAtomically } from './writeAtomically.ts';

// Each content file's size, modification and change times and inode as the
// last build or publish read it, with its digest: a file whose stat is still
// the same is taken to hold the same bytes and is not read and hashed again,
// as git's index does. At 100,000 articles reading and hashing every file was
// 2 of a publish's 18 s; a stat of each is 0.3 s.

/** What a file's stat says of its bytes: any write to it changes one of these. */
export type FileStat = readonly [size: number, mtimeMs: number, ctimeMs: number, ino: number];

export const fileStatOf = (stats: Stats): FileStat => [stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino];

/** The stats of a content folder's files as read, and when the reading started. */
export type FolderStats = { readFrom: number; stats: Map<string, FileStat> };

/** A digest the last reading vouches for, or undefined when the file must be read. */
export type TrustedDigest = (file: string, stat: FileStat) => string | undefined;

/**
 * A file changed within this long of the reading's start could be changed
 * again with the same size and a time the file system rounds to the same
 * value (some keep whole or even seconds): it is read again next time, as
 * git treats such files as "racily clean".
 */
export const SETTLING_MS = 2_000;

type StoredStats = Record<string, [...FileStat, string]>;

const sameStat = (a: FileStat, b: readonly unknown[]) => a.every((value, index) => value === b[index]);

/**
 * Writes beside the record the stats and digests of the files `read` saw,
 * leaving out any changed too close to the reading's start (SETTLING_MS).
 */
export async function writeSourceStats(
  recordDir: string,
  read: FolderStats,
  digests: Readonly<Record<string, string>>,
): Promise<void> {
  const stored: StoredStats = {};
  const settledBefore = read.readFrom - SETTLING_MS;
  for (const [file, stat] of read.stats) {
    const digest = digests[file];
    const [, mtimeMs, ctimeMs] = stat;
    if (digest !== undefined && mtimeMs < settledBefore && ctimeMs < settledBefore)
      stored[file] = [...stat, digest];
  }
  await writeAtomically(path.join(recordDir, recordFiles.sourceStats), JSON.stringify(stored));
}

/**
 * The digests the stats beside the record vouch for, only where they agree
 * with the record's own (`recorded`): so a file read without its bytes is
 * one the last build saw as it is. None when the stats are missing or unreadable.
 */
export async function readSourceStats(
  recordDir: string,
  recorded: Readonly<Record<string, string>>,
): Promise<TrustedDigest> {
  const text = await readFile(path.join(recordDir, recordFiles.sourceStats)).then(textOf, () => '{}');
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return () => undefined;
  }
  if (stored === null || typeof stored !== 'object') return () => undefined;
  return (file, stat) => {
    const entry: unknown = Object.hasOwn(stored, file) ? Reflect.get(stored, file) : undefined;
    if (!Array.isArray(entry) || entry.length !== stat.length + 1) return undefined;
    const digest: unknown = entry[stat.length];
    return typeof digest === 'string' && digest === recorded[file] && sameStat(stat, entry)
      ? digest
      : undefined;
  };
}
