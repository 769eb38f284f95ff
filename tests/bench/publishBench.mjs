// `npm run publish` on generated archives: the full build it starts from, the
// first publish after it, publishing one new article, editing one and
// withdrawing one, each a process of its own (start included), with the files
// each wrote; and on the smallest size, the output after 20 random operations
// compared with a full build, file for file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuild } from './buildScaling.mjs';

const here = import.meta.dirname;
/** A small, fixed pseudo-random sequence, so every run makes the same operations. */
function sequence(seed) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** One `npm run publish` into `outDir`: wall time (process start included), and what it wrote and deleted. */
function publish(root, archiveDir, outDir) {
  const changesFile = path.join(path.dirname(outDir), 'changes.json');
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['src/site-generator/publish/runPublish.mjs', '--outDir', outDir, '--changes', changesFile],
    {
      cwd: root,
      env: { ...process.env, BROADSHEET_CONTENT_DIR: archiveDir, BROADSHEET_SHARE_CARDS: 'skip' },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const wallMs = performance.now() - started;
  if (run.status !== 0) return { wallMs, error: `publish failed: ${run.stderr.slice(-500)}` };
  const changes = JSON.parse(readFileSync(changesFile, 'utf8'));
  const pagesRendered = Number(/\((\d+) pages rendered\)/.exec(run.stdout)?.[1] ?? Number.NaN);
  return {
    wallMs,
    kind: changes.kind,
    reason: changes.reason,
    written: changes.written.length,
    deleted: changes.deleted.length,
    pagesRendered,
    error: changes.kind === 'full' ? `a full build, because ${changes.reason}` : null,
  };
}

function articleIds(archiveDir) {
  return readdirSync(path.join(archiveDir, 'articles'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
}

const readArticle = (archiveDir, id) =>
  JSON.parse(readFileSync(path.join(archiveDir, 'articles', `${id}.json`), 'utf8'));
const writeArticle = (archiveDir, article) =>
  writeFileSync(path.join(archiveDir, 'articles', `${article.id}.json`), JSON.stringify(article));

/** The newest article of the archive, as a template for a new one published an hour after it. */
function newArticle(archiveDir, ids, number) {
  const newest = ids
    .map((id) => readArticle(archiveDir, id))
    .reduce((a, b) => (Date.parse(a.publishedAt) >= Date.parse(b.publishedAt) ? a : b));
  return {
    ...newest,
    id: `bench-new-${String(number)}`,
    headline: `A new story for the publish benchmark, number ${String(number)}`,
    publishedAt: new Date(Date.parse(newest.publishedAt) + 3_600_000).toISOString(),
  };
}

/** Files that differ between two output folders, or that only one has. */
function differences(a, b) {
  const list = (dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  const inA = new Set(list(a));
  const inB = new Set(list(b));
  const problems = [];
  for (const file of inA) {
    if (!inB.has(file)) problems.push(`only after the publishes: ${file}`);
    else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))))
      problems.push(`differs: ${file}`);
  }
  for (const file of inB) if (!inA.has(file)) problems.push(`only in the full build: ${file}`);
  return problems;
}

/** 20 random adds, edits and withdrawals, each published, then a full build to compare with. */
async function equalityCheck(root, archiveDir, outDir, workDir, timeoutMs, log) {
  const random = sequence(16);
  const operations = [];
  for (let step = 0; step < 20; step += 1) {
    const ids = articleIds(archiveDir);
    const pick = ids[Math.floor(random() * ids.length)];
    const kind = ['add', 'edit', 'withdraw'][Math.floor(random() * 3)];
    if (kind === 'add') writeArticle(archiveDir, newArticle(archiveDir, ids, 100 + step));
    if (kind === 'edit') {
      const article = readArticle(archiveDir, pick);
      writeArticle(archiveDir, { ...article, headline: `${article.headline}, revised ${String(step)}` });
    }
    if (kind === 'withdraw') unlinkSync(path.join(archiveDir, 'articles', `${pick}.json`));
    const result = publish(root, archiveDir, outDir);
    // The operation's kind last: the publish's own `kind` (incremental or full) would hide it.
    operations.push({ ...result, publish: result.kind, kind });
    if (result.error)
      return { operations, problems: [`operation ${String(step + 1)} (${kind}): ${result.error}`] };
  }
  log('full build to compare with');
  const fullDir = path.join(workDir, 'full');
  const build = await runBuild(root, archiveDir, fullDir, timeoutMs);
  if (build.error) return { operations, problems: [`the full build to compare with: ${build.error}`] };
  const problems = differences(outDir, fullDir);
  return { operations, problems, differing: problems.length };
}

async function measureSize(root, articles, timeoutMs, log, withEquality) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-publish-bench-'));
  try {
    const archiveDir = path.join(workDir, 'archive');
    const outDir = path.join(workDir, 'out');
    log(`publish: generating ${String(articles)} articles`);
    const generated = spawnSync(process.execPath, [
      path.join(here, 'generate-archive.mjs'),
      String(articles),
      archiveDir,
    ]);
    if (generated.status !== 0) return { articles, error: 'archive generation failed' };
    log(`publish: full build of ${String(articles)} articles`);
    const build = await runBuild(root, archiveDir, outDir, timeoutMs);
    if (build.error) return { articles, error: `full build: ${build.error}` };
    const result = { articles, fullBuildMs: build.wallMs, fullBuildPeakRssBytes: build.maxRssBytes };
    log('publish: the first publish after the full build (nothing changed)');
    result.first = publish(root, archiveDir, outDir);
    log('publish: one new article');
    const ids = articleIds(archiveDir);
    writeArticle(archiveDir, newArticle(archiveDir, ids, 1));
    result.add = publish(root, archiveDir, outDir);
    log('publish: one article edited');
    const middle = readArticle(archiveDir, ids[Math.floor(ids.length / 2)]);
    writeArticle(archiveDir, {
      ...middle,
      body: [...middle.body, { type: 'paragraph', text: 'A correction, added for the publish benchmark.' }],
    });
    result.edit = publish(root, archiveDir, outDir);
    log('publish: one article withdrawn');
    unlinkSync(path.join(archiveDir, 'articles', `${ids[Math.floor(ids.length / 3)]}.json`));
    result.withdraw = publish(root, archiveDir, outDir);
    if (withEquality) {
      log(`publish: 20 random operations on ${String(articles)} articles, then a full build to compare`);
      result.equality = await equalityCheck(root, archiveDir, outDir, workDir, timeoutMs, log);
    }
    return result;
  } finally {
    // The output's record (.out-record) is inside workDir too.
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The publish part: each size in turn; the equality check on the first (the benchmark's 10,000). */
export async function measurePublish(root, sizes, timeoutMs, log) {
  const results = [];
  for (const [index, articles] of sizes.entries()) {
    results.push(await measureSize(root, articles, timeoutMs, log, index === 0));
  }
  const problems = results.flatMap((size) => [
    ...(size.error ? [`publish on ${String(size.articles)} articles: ${size.error}`] : []),
    ...['first', 'add', 'edit', 'withdraw'].flatMap((step) =>
      size[step]?.error ? [`publish on ${String(size.articles)} articles, ${step}: ${size[step].error}`] : [],
    ),
    ...(size.equality?.problems ?? []).slice(0, 10).map((problem) => `publish equality: ${problem}`),
  ]);
  return { sizes: results, problems };
}
