// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { caseCollisions } from './caseCollisions';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** Tracked files, and new ones git does not ignore (they are about to be committed), from the repository's top. */
function repositoryFiles(): string[] {
  const top = git(['rev-parse', '--show-toplevel'], fileURLToPath(new URL('.', import.meta.url))).trim();
  // -z: paths as they are, without the quoting git applies to unusual characters.
  return git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], top)
    .split('\0')
    .filter((file) => file !== '');
}

it('has no two paths that differ only in letter case, which a case-insensitive file system would merge', () => {
  expect(caseCollisions(repositoryFiles())).toEqual([]);
});
