// Content build and prerender time, peak memory and section size for generated archives of growing size.
import { fork, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { watchDescendants } from './processTree.mjs';

const here = import.meta.dirname;

const sizeOf = (file) => {
  const contents = readFileSync(file);
  return { raw: contents.length, gzip: gzipSync(contents, { level: 6 }).length };
};

/** The build's search line: `search index: 8,760 recent + 3 archive bundles, 10,000 pages in 41.2 s`. */
export function parseSearchLine(line) {
  const match = /search index: ([\d,]+) recent \+ (\d+) archive bundles?, ([\d,]+) pages in ([\d.]+) s/.exec(
    line,
  );
  if (!match) return null;
  const count = (text) => Number(text.replaceAll(',', ''));
  return {
    recent: count(match[1]),
    archives: count(match[2]),
    pages: count(match[3]),
    ms: Number(match[4]) * 1000,
  };
}

/** Runs the build in a child process; resolves with wall time, peak memory and the prerender and search log lines. */
export function runBuild(root, archiveDir, outDir, timeoutMs) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = fork(path.join(here, 'buildArchiveChild.mjs'), [outDir], {
      cwd: root,
      env: { ...process.env, BROADSHEET_CONTENT_DIR: archiveDir, BROADSHEET_SHARE_CARDS: 'skip' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const stopWatching = watchDescendants(child.pid);
    const tail = [];
    let prerenderLine = '';
    let searchLine = '';
    const keep = (chunk) => {
      for (const line of chunk.toString().split('\n')) {
        if (/prerendered \d+ pages/.test(line)) prerenderLine = line;
        if (line.includes('search index:')) searchLine = line;
        if (line.trim()) tail.push(line);
        if (tail.length > 20) tail.shift();
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let maxRssBytes = Number.NaN;
    child.on('message', (message) => {
      maxRssBytes = message.maxRssBytes;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const descendants = stopWatching();
      const wallMs = performance.now() - started;
      const error =
        signal === 'SIGKILL'
          ? `timed out after ${String(Math.round(timeoutMs / 60_000))} min`
          : code === 0
            ? null
            : `build failed (exit ${String(code)})`;
      resolve({ wallMs, maxRssBytes, descendants, prerenderLine, searchLine, error, tail });
    });
  });
}

/** Opens one generated article's page in the output: it must exist and show that article, not the not-found page. */
function checkArchiveArticle(archiveDir, outDir, sectionPath, listing) {
  const item = listing.items[0];
  if (!item) return { ok: false, detail: 'section listing is empty' };
  const { headline } = JSON.parse(readFileSync(path.join(archiveDir, 'articles', `${item.id}.json`), 'utf8'));
  let html;
  try {
    html = readFileSync(path.join(outDir, sectionPath, item.id, 'index.html'), 'utf8');
  } catch {
    return { ok: false, detail: `no page for ${sectionPath}/${item.id}` };
  }
  const heading = parse(html).querySelector('h1')?.text.trim() ?? '';
  if (heading === headline) return { ok: true, detail: `${sectionPath}/${item.id}` };
  return {
    ok: false,
    detail: `${sectionPath}/${item.id} ${heading ? `renders "${heading}"` : 'has no h1: the article did not render'}`,
  };
}

async function measureSize(root, articles, sectionPath, timeoutMs, log) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-bench-'));
  try {
    const archiveDir = path.join(workDir, 'archive');
    const outDir = path.join(workDir, 'out');
    log(`generating an archive of ${String(articles)} articles`);
    const generated = spawnSync(
      process.execPath,
      [path.join(here, 'generate-archive.mjs'), String(articles), archiveDir],
      { cwd: root },
    );
    if (generated.status !== 0)
      return { articles, error: 'archive generation failed', problems: [generated.stderr.toString()] };
    log(`building ${String(articles)} articles`);
    const build = await runBuild(root, archiveDir, outDir, timeoutMs);
    const match = /prerendered (\d+) pages in (\d+) ms/.exec(build.prerenderLine);
    const result = {
      articles,
      wallMs: build.wallMs,
      pages: match ? Number(match[1]) : Number.NaN,
      prerenderMs: match ? Number(match[2]) : Number.NaN,
      search: parseSearchLine(build.searchLine),
      // The Node build's own peak (exact), and the most it and the processes it
      // started (Pagefind's binary, one per search bundle) held at once (sampled).
      nodePeakRssBytes: build.maxRssBytes,
      peakRssBytes: Math.max(build.maxRssBytes, build.descendants.peakTotalRssBytes),
      descendants: build.descendants,
      error: build.error,
      problems: [],
    };
    if (build.error) {
      result.problems.push(
        `Build of ${String(articles)} articles: ${build.error}. Last output: ${build.tail.slice(-5).join(' / ')}`,
      );
      return result;
    }
    // Pagefind's binary is expected, one per bundle; anything else is news.
    const others = build.descendants.commands.filter((command) => !/pagefind/.test(command));
    if (others.length > 0) {
      result.problems.push(
        `The build of ${String(articles)} articles started processes besides Pagefind (${others.join('; ')}); their memory is counted in its peak RSS.`,
      );
    }
    if (!result.search) {
      result.problems.push(`The build of ${String(articles)} articles logged no search index line.`);
    }
    const sectionId = sectionPath.split('/').at(-1);
    const jsonFile = path.join(outDir, 'content/sections', sectionId, 'page-1.json');
    result.sectionHtml = sizeOf(path.join(outDir, sectionPath, 'index.html'));
    result.sectionJson = sizeOf(jsonFile);
    result.articleCheck = checkArchiveArticle(
      archiveDir,
      outDir,
      sectionPath,
      JSON.parse(readFileSync(jsonFile, 'utf8')),
    );
    if (!result.articleCheck.ok) {
      result.problems.push(
        `Build of ${String(articles)} articles: the archive article page is wrong: ${result.articleCheck.detail}.`,
      );
    }
    return result;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

export async function measureBuildScaling(root, sizes, sectionPath, timeoutMs, log) {
  const results = [];
  for (const articles of sizes) results.push(await measureSize(root, articles, sectionPath, timeoutMs, log));
  return { sizes: results, sectionPath, problems: results.flatMap((result) => result.problems) };
}
