// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './publishEquality.test-helper.ts';

// An archive has more files than a process may open at once (often a few
// thousand). Reading them all at once once made failed reads look like files
// gone: a publish of 100,000 articles found no site.json.

const FILES = 1_000;
let content = '';

beforeAll(async () => {
  content = await mkdtemp(path.join(tmpdir(), 'broadsheet-read-content-'));
  await mkdir(path.join(content, 'articles'));
  await writeFile(path.join(content, 'site.json'), '{}');
  for (let n = 1; n <= FILES; n += 1) {
    await writeFile(path.join(content, 'articles', `story-${String(n)}.json`), `{"n":${String(n)}}`);
  }
});

afterAll(async () => {
  await rm(content, { recursive: true, force: true });
});

describe('readContentFolder', () => {
  it('reads every file of a folder with more files than the process may open at once', () => {
    // A child process limited to 200 open files, loading the module as the publish command does.
    const script = [
      "import { runnerImport } from 'vite';",
      `const { module } = await runnerImport(${JSON.stringify(path.join(import.meta.dirname, 'outputDigests.ts'))});`,
      `const { digests, snapshot } = await module.readContentFolder(${JSON.stringify(content)});`,
      'console.log(JSON.stringify([Object.keys(digests).length, snapshot.has("site.json")]));',
    ].join('\n');
    const run = spawnSync('bash', ['-c', 'ulimit -n 200 && exec node --input-type=module -e "$SCRIPT"'], {
      cwd: projectRoot,
      env: { ...process.env, SCRIPT: script },
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '[]')).toEqual([FILES + 1, true]);
  }, 60_000);
});
