import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Temporary content folders for tests; `removeContentFolders` (in an afterEach) deletes them. */
const folders: string[] = [];

export const sampleContentDir = path.resolve(import.meta.dirname, '../../public/content');

async function temporaryFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-content-'));
  folders.push(dir);
  return dir;
}

/** A content folder holding `files` (path → JSON value; a string is written as it is). */
export async function contentFolder(files: Record<string, unknown>): Promise<string> {
  const dir = await temporaryFolder();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

/** A copy of the sample content to change. */
export async function sampleContentCopy(): Promise<string> {
  const dir = await temporaryFolder();
  await cp(sampleContentDir, dir, { recursive: true });
  return dir;
}

export async function removeContentFolders() {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}
