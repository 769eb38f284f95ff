// The search part of the benchmark: a generated archive built with its search index, served by the
// production nginx setup, searched in Chromium as a reader does on a fresh load.
import { fork, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { timeSearch } from './searchTiming.mjs';
import { startNginx } from './server.mjs';

const here = import.meta.dirname;

/** Words of the generated archive's headlines (it reuses the sample ones): a first query and a second word to refine it. */
export const SEARCH_QUERIES = { first: 'seoul', refinement: ' games' };

function buildArchive(root, archiveDir, outDir) {
  return new Promise((resolve) => {
    const child = fork(path.join(here, 'buildArchiveChild.mjs'), [outDir], {
      cwd: root,
      env: { ...process.env, BROADSHEET_CONTENT_DIR: archiveDir, BROADSHEET_SHARE_CARDS: 'skip' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const tail = [];
    const keep = (chunk) =>
      tail.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((line) => line.trim()),
      );
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('exit', (code) => resolve({ code, tail: tail.slice(-5) }));
  });
}

export async function measureSearch(root, { articles, runs, port }, log) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-search-bench-'));
  // nginx's workers run as another user, who must be able to read the build.
  chmodSync(workDir, 0o755);
  const result = { articles, runs: [], failures: [], problems: [], queries: SEARCH_QUERIES };
  try {
    const archiveDir = path.join(workDir, 'archive');
    const outDir = path.join(workDir, 'out');
    log(`search: generating and building an archive of ${String(articles)} articles with its index`);
    const generated = spawnSync(process.execPath, [
      path.join(here, 'generate-archive.mjs'),
      String(articles),
      archiveDir,
    ]);
    if (generated.status !== 0) throw new Error(`archive generation failed: ${generated.stderr.toString()}`);
    const build = await buildArchive(root, archiveDir, outDir);
    if (build.code !== 0) throw new Error(`the archive build failed: ${build.tail.join(' / ')}`);
    result.indexes = JSON.parse(readFileSync(path.join(outDir, 'pagefind/indexes.json'), 'utf8'));
    const server = await startNginx(root, port, outDir);
    const browser = await launchBrowser();
    try {
      log(`search: ${String(runs)} fresh-load runs at ${server.origin}/search`);
      for (let run = 0; run < runs; run += 1) {
        try {
          result.runs.push(await timeSearch(browser, server.origin, SEARCH_QUERIES));
        } catch (error) {
          result.failures.push(error instanceof Error ? error.message : String(error));
        }
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  } catch (error) {
    result.problems.push(`Search benchmark: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  if (result.failures.length > 0)
    result.problems.push(
      `Search benchmark: ${String(result.failures.length)} run(s) failed: ${result.failures[0]}`,
    );
  return result;
}
