import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes a file under a temporary name beside it, then renames it: a reader gets the old file or the new, never half. */
export async function writeAtomically(file: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${String(process.pid)}.partial`;
  await writeFile(partial, contents);
  await rename(partial, file);
}

/** Removes a file, then its folders up to (not including) `root` as long as they are empty. */
export async function removeWithEmptyFolders(root: string, file: string): Promise<void> {
  await rm(file, { force: true });
  for (let folder = path.dirname(file); folder.startsWith(root + path.sep); folder = path.dirname(folder)) {
    // rmdir refuses a folder that still holds something: then the rest above it is kept too.
    const isRemoved = await rmdir(folder).then(
      () => true,
      () => false,
    );
    if (!isRemoved) break;
  }
}
