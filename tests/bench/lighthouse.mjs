// Lighthouse 12 (default mobile config, simulated throttling) on the pages and on the article's floor.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parse } from 'node-html-parser';
import { chromeFlags, chromePath } from '../support/chromium.mjs';
import { currentLoad } from './machine.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
export const FLOOR_PATH = '/bench-floor';

const score = (lhr, id) => (lhr.categories[id]?.score ?? Number.NaN) * 100;
const metric = (lhr, id) => lhr.audits[id]?.numericValue ?? Number.NaN;

/** One Lighthouse run in a fresh Chrome. */
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    return {
      performance: score(lhr, 'performance'),
      accessibility: score(lhr, 'accessibility'),
      bestPractices: score(lhr, 'best-practices'),
      seo: score(lhr, 'seo'),
      lcp: metric(lhr, 'largest-contentful-paint'),
      cls: metric(lhr, 'cumulative-layout-shift'),
      tbt: metric(lhr, 'total-blocking-time'),
      si: metric(lhr, 'speed-index'),
    };
  } finally {
    await chrome.kill();
  }
}

/**
 * The floor: the article's prerendered HTML with every script (the app, the
 * query state, the theme) and every modulepreload removed. It keeps the same
 * CSS, fonts (their preload included) and images, and is served from dist/ by
 * the same nginx location as any page.
 */
export async function writeFloor(distDir, articlePath) {
  const html = await readFile(path.join(distDir, articlePath, 'index.html'), 'utf8');
  // Cut the elements out of the original text, so the rest stays byte for byte as built.
  const ranges = parse(html)
    .querySelectorAll('script, link[rel="modulepreload"]')
    .map((element) => element.range)
    .sort((a, b) => b[0] - a[0]);
  let floor = html;
  for (const [start, end] of ranges) floor = floor.slice(0, start) + floor.slice(end);
  const folder = path.join(distDir, FLOOR_PATH);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'index.html'), floor);
  return () => rm(folder, { recursive: true, force: true });
}

/**
 * `runs` Lighthouse runs of every page and the floor, one at a time. Each
 * round visits every page once and then the floor, so a change in the
 * machine's load during the run affects all pages alike, and each page's run
 * can be set against the floor's run of the same round. Every run keeps its
 * round and the 1-minute load average as it started.
 */
export async function measureLighthouse(origin, pages, floorPage, runs, log) {
  const measured = [...pages, ...(floorPage ? [floorPage] : [])].map((page) => ({ ...page, runs: [] }));
  const problems = [];
  const loadAtStart = currentLoad();
  for (let round = 1; round <= runs; round += 1) {
    for (const page of measured) {
      log(`lighthouse ${page.path} run ${String(round)}/${String(runs)}`);
      const url = new URL(page.path, origin).href;
      // Lighthouse asks for a second try when its trace fails (NO_NAVSTART and the like): give it one,
      // say so, and leave the run out if that fails too; the table shows how many runs each median has.
      for (let attempt = 1; attempt <= 2; attempt += 1) {
        const load = currentLoad();
        try {
          page.runs.push({ ...(await runOnce(url)), round, load });
          break;
        } catch (error) {
          const outcome = attempt === 1 ? 'tried again' : 'left out';
          problems.push(
            `Lighthouse run ${String(round)} of ${page.path} failed (${outcome}): ${String(error)}`,
          );
        }
      }
    }
  }
  return {
    pages: measured.slice(0, pages.length),
    floor: floorPage ? measured.at(-1) : null,
    loadAtStart,
    loadAtEnd: currentLoad(),
    problems,
  };
}
