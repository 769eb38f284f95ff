import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../../..');

type Run = { status: number | null; stdout: string; stderr: string };

function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  { mayFail = false } = {},
): Run {
  const run = spawnSync(process.execPath, [script, ...args], {
    cwd: projectRoot,
    // As npm runs it: the test runner's NODE_ENV=test would make React's development build.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    encoding: 'utf8',
  });
  if (run.status !== 0 && !mayFail)
    throw new Error(`${script} ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return run;
}

/** `npm run build` of `contentDir` into `outDir`. */
export function fullBuild(contentDir: string, outDir: string, env: Record<string, string> = {}): Run {
  return runScript('src/site-generator/runBuild.mjs', ['--outDir', outDir], {
    BROADSHEET_CONTENT_DIR: contentDir,
    ...env,
  });
}

/** `npm run publish` of `contentDir` into `outDir`, with its changes file. */
export function publish(
  contentDir: string,
  outDir: string,
  changesFile: string,
  env: Record<string, string> = {},
): Run {
  return runScript(
    'src/site-generator/publish/runPublish.mjs',
    ['--outDir', outDir, '--changes', changesFile],
    { BROADSHEET_CONTENT_DIR: contentDir, ...env },
  );
}

/** A publish that may fail (content with a problem, a write that cannot be made): its run, whatever its status. */
export function attemptPublish(contentDir: string, outDir: string, changesFile: string): Run {
  return runScript(
    'src/site-generator/publish/runPublish.mjs',
    ['--outDir', outDir, '--changes', changesFile],
    { BROADSHEET_CONTENT_DIR: contentDir },
    { mayFail: true },
  );
}

/** Every file below `dir` by its path from it. */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * How two output folders differ: files only one has, and files whose bytes
 * differ. Empty when they are the same, file for file and byte for byte.
 */
export async function outputDifferences(a: string, b: string): Promise<string[]> {
  const [filesA, filesB] = await Promise.all([filesBelow(a), filesBelow(b)]);
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  const problems = [
    ...filesA.filter((file) => !inB.has(file)).map((file) => `only in the published output: ${file}`),
    ...filesB.filter((file) => !inA.has(file)).map((file) => `only in the full build: ${file}`),
  ];
  for (const file of filesA.filter((found) => inB.has(found))) {
    const [bytesA, bytesB] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!bytesA.equals(bytesB)) problems.push(`differs: ${file}`);
  }
  return problems;
}
