// `npm run bench`: builds, serves the build with the production nginx setup and
// measures Lighthouse, responsiveness, bytes, navigation, build scaling and search in one run, then
// writes tests/bench/results.md and prints it. See "Benchmark" in README.md.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { measureBuildScaling } from './buildScaling.mjs';
import { measureBytes } from './bytes.mjs';
import { FLOOR_PATH, measureLighthouse, writeFloor } from './lighthouse.mjs';
import { currentLoad, describeRun } from './machine.mjs';
import { measureNavigation } from './navigation.mjs';
import { measurePublish } from './publishBench.mjs';
import { renderReport } from './report.mjs';
import { measureResponsiveness } from './responsiveness.mjs';
import { measureSearch } from './searchBench.mjs';
import { startNginx } from './server.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const allParts = ['lighthouse', 'responsiveness', 'bytes', 'nav', 'build', 'search', 'publish'];
const list = (value, fallback) =>
  value
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : fallback;

const config = {
  parts: list(process.env.BENCH_ONLY, allParts),
  sizes: list(process.env.BENCH_ARCHIVE_SIZES, ['1000', '10000', '100000']).map(Number),
  // The first size also gets the equality check after 20 random operations.
  publishSizes: list(process.env.BENCH_PUBLISH_SIZES, ['10000', '100000']).map(Number),
  port: Number(process.env.BENCH_PORT ?? 4180),
  lighthouseRuns: Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5),
  responsivenessRuns: Number(process.env.BENCH_RESPONSIVENESS_RUNS ?? 5),
  navigationRuns: Number(process.env.BENCH_NAV_RUNS ?? 20),
  sectionPath: process.env.BENCH_SECTION ?? '/news/koreas',
  buildTimeoutMs: Number(process.env.BENCH_BUILD_TIMEOUT_MIN ?? 30) * 60_000,
  skipBuild: process.env.BENCH_SKIP_BUILD === '1',
  searchArticles: Number(process.env.BENCH_SEARCH_SIZE ?? 10000),
  searchRuns: Number(process.env.BENCH_SEARCH_RUNS ?? 5),
};
for (const part of config.parts)
  if (!allParts.includes(part)) throw new Error(`BENCH_ONLY: unknown part "${part}"`);
if (config.sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error('BENCH_ARCHIVE_SIZES: whole numbers');

const started = performance.now();
const log = (message) =>
  console.log(`[bench ${String(Math.round((performance.now() - started) / 1000)).padStart(4)} s] ${message}`);

/** The front page, the section page and the newest article with a hero image in that section. */
function pickRoutes() {
  const sectionId = config.sectionPath.split('/').at(-1);
  const listing = JSON.parse(
    readFileSync(path.join(dist, 'content/sections', sectionId, 'page-1.json'), 'utf8'),
  );
  const article = listing.items.find((item) => item.image);
  if (!article) throw new Error(`no article with an image on ${config.sectionPath}`);
  const articlePath = `${config.sectionPath}/${article.id}`;
  return {
    pages: [
      { label: 'Front page', path: '/' },
      { label: 'Section', path: config.sectionPath },
      { label: 'Article', path: articlePath, isArticle: true },
    ],
    navigationTarget: {
      from: config.sectionPath,
      to: articlePath,
      articleId: article.id,
      headline: article.headline,
      heroSrc: article.image.src,
    },
  };
}

async function measureServedBuild(results, has) {
  const { pages, navigationTarget } = pickRoutes();
  const article = pages.find((page) => page.isArticle);
  const removeFloor = has('lighthouse') ? await writeFloor(dist, article.path) : null;
  const server = await startNginx(root, config.port);
  log(`nginx serves dist/ at ${server.origin}`);
  try {
    if (has('lighthouse')) {
      const floorPage = { label: 'Floor', path: FLOOR_PATH };
      results.lighthouse = await measureLighthouse(
        server.origin,
        pages,
        floorPage,
        config.lighthouseRuns,
        log,
      );
      results.problems.push(...results.lighthouse.problems);
    }
    if (has('responsiveness') || has('bytes') || has('nav')) {
      const browser = await launchBrowser();
      try {
        if (has('responsiveness')) {
          results.responsiveness = await measureResponsiveness(
            browser,
            server.origin,
            article.path,
            config.responsivenessRuns,
            log,
          );
          results.problems.push(...results.responsiveness.problems);
        }
        if (has('bytes')) {
          log('measuring bytes per route');
          results.bytes = await measureBytes(browser, server.origin, pages);
          results.problems.push(...results.bytes.problems);
        }
        if (has('nav')) {
          log(`timing navigation, ${String(config.navigationRuns)} runs per mode`);
          results.navigation = await measureNavigation(
            browser,
            server.origin,
            navigationTarget,
            config.navigationRuns,
          );
          results.problems.push(...results.navigation.problems);
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.stop();
    await removeFloor?.();
  }
}

async function main() {
  const has = (part) => config.parts.includes(part);
  const results = { problems: [] };
  const meta = { ...describeRun(root), parts: config.parts, archiveSizes: config.sizes };
  const needsServedBuild = ['lighthouse', 'responsiveness', 'bytes', 'nav'].some(has);
  if (needsServedBuild && !config.skipBuild) {
    log('npm run build');
    const buildStarted = performance.now();
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('npm run build failed');
    meta.productionBuildMs = performance.now() - buildStarted;
  }
  if (needsServedBuild) await measureServedBuild(results, has);
  if (has('build')) {
    results.build = await measureBuildScaling(
      root,
      config.sizes,
      config.sectionPath,
      config.buildTimeoutMs,
      log,
    );
    results.problems.push(...results.build.problems);
  }
  if (has('search')) {
    results.search = await measureSearch(
      root,
      { articles: config.searchArticles, runs: config.searchRuns, port: config.port },
      log,
    );
    results.problems.push(...results.search.problems);
  }
  if (has('publish')) {
    results.publish = await measurePublish(root, config.publishSizes, config.buildTimeoutMs, log);
    results.problems.push(...results.publish.problems);
  }
  meta.durationMs = performance.now() - started;
  meta.loadAtEnd = currentLoad();
  const report = renderReport({ ...results, meta });
  writeFileSync(path.join(root, 'tests/bench/results.md'), report);
  console.log(`\n${report}`);
}

await main();
