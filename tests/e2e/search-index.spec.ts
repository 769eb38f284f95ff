import type { Page } from '@playwright/test';
import * as v from 'valibot';
import {
  mergedBundles,
  searchIndexesSchema,
  searchPaths,
  type SearchIndexes,
} from '../../src/features/content/contract/searchIndexes';
import { articlePath, articles, listing, nth } from '../support/sampleContent';
import { expect, test, waitForApp } from '../support/test';
import { SUB_PATH_SITE_URL, ports } from '../support/variants.mjs';

// The search index the build writes (Pagefind bundles below pagefind/), used
// the way the search page uses it: its pagefind.js imported at run time into
// a page of the site, under the pages' own policy and Trusted Types.
const article = nth(listing('koreas'), 0);
const SUB_PATH = new URL(SUB_PATH_SITE_URL).pathname;

type Found = { url: string; meta: Record<string, string>; excerpt: string };
type Outcome = {
  results: Found[];
  counts: Record<string, number>;
  koreas: Found[];
  newest: Found[];
  archiveWord: { recent: number; merged: Found[] };
  indexes: SearchIndexes;
};

/** Records the page's policy violations from before its first script runs. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
    Object.defineProperty(window, 'policyViolations', { get: () => seen });
  });
  return () => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);
}

/**
 * Imports the recent bundle into the page, merges the bundles every search
 * merges (mergedBundles, as the search page does) and asks it what the search
 * page would; then merges the rest of the archive.
 */
async function searchInPage(page: Page, base: string, query: string, archiveWord: string) {
  // From the page's own server: the site under a path is served on a port of its own.
  const response = await page.request.get(new URL(`${base}${searchPaths.indexes()}`, page.url()).href);
  const indexes = v.parse(searchIndexesSchema, await response.json());
  const everySearch = mergedBundles(indexes, 'recent');
  const rest = mergedBundles(indexes, 'all').filter(
    (bundle) => !everySearch.some((merged) => merged.path === bundle.path),
  );
  const outcome = await page.evaluate(
    async ({ base, query, archiveWord, everySearch, rest, recent }) => {
      type Result = { data: () => Promise<Found> };
      type Search = { results: Result[]; filters: Record<string, Record<string, number>> };
      type Pagefind = {
        init: () => Promise<void>;
        filters: () => Promise<object>;
        search: (term: string, options?: object) => Promise<Search>;
        mergeIndex: (path: string) => Promise<void>;
      };
      const load = (search: Search) => Promise.all(search.results.map((result) => result.data()));
      const pagefind = (await import(/* @vite-ignore */ `${base}${recent}pagefind.js`)) as Pagefind;
      await pagefind.init();
      for (const bundle of everySearch) await pagefind.mergeIndex(`${base}${bundle.path}`);
      // Counts come with results once the filters are loaded, as the search page shows them.
      await pagefind.filters();
      const found = await pagefind.search(query);
      const koreas = await pagefind.search(query, { filters: { section: 'koreas' } });
      // Newest first, as the search page asks: each bundle sorted, newest bundle first
      // (Pagefind mixes merged indexes' results by relevance whatever the sort).
      const newest: Result[] = [];
      for (const bundle of ['recent', ...everySearch.map((merged) => merged.filter)]) {
        const sorted = await pagefind.search(query, { filters: { bundle }, sort: { published: 'desc' } });
        newest.push(...sorted.results);
      }
      const recentOnly = await pagefind.search(archiveWord);
      for (const bundle of rest) await pagefind.mergeIndex(`${base}${bundle.path}`);
      const merged = await pagefind.search(archiveWord);
      return {
        results: await load(found),
        counts: found.filters.section ?? {},
        koreas: await load(koreas),
        newest: await Promise.all(newest.map((result) => result.data())),
        archiveWord: { recent: recentOnly.results.length, merged: await load(merged) },
      };
    },
    { base, query, archiveWord, everySearch, rest, recent: searchPaths.recent() },
  );
  return { ...outcome, indexes } satisfies Outcome;
}

const sectionOf = (url: string) => articles.find((candidate) => articlePath(candidate) === url)?.section;
const archived = articles.find((candidate) => candidate.id === 'ifugao-rice-terraces');

test('the recent index answers a query in the page, with filters, sort and archives, and no policy violation', async ({
  page,
}) => {
  if (!archived) throw new Error('the sample content has no archived article ifugao-rice-terraces');
  const violations = await recordViolations(page);
  await page.goto(articlePath(article));
  await waitForApp(page);

  // Quoted: Pagefind otherwise offers near matches for a word no page has.
  const outcome = await searchInPage(page, '/', 'seoul', '"ifugao"');

  // Addresses below the base path, each an article of the sample site.
  const urls = outcome.results.map((result) => result.url);
  expect(urls.length).toBeGreaterThan(3);
  for (const url of urls) expect(sectionOf(url), url).toBeDefined();
  expect(outcome.results.every((result) => result.excerpt.includes('<mark>'))).toBe(true);
  // The section filter counts every step of the trail: Koreas articles count under News too.
  const inKoreas = urls.filter((url) => sectionOf(url) === 'koreas').length;
  expect(outcome.counts.koreas).toBe(inKoreas);
  expect(outcome.counts.news).toBeGreaterThanOrEqual(inKoreas);
  expect(outcome.koreas.map((result) => result.url).sort()).toEqual(
    urls.filter((url) => sectionOf(url) === 'koreas').sort(),
  );
  expect(outcome.koreas.every((result) => result.meta.section === 'koreas')).toBe(true);
  // Newest first by publication time, which every result carries as UTC.
  const published = outcome.newest.map((result) => result.meta.published ?? '');
  expect(published).toEqual([...published].sort().reverse());
  const first = articles.find((candidate) => articlePath(candidate) === outcome.newest[0]?.url);
  expect(published[0]).toBe(new Date(first?.publishedAt ?? 0).toISOString());
  expect(outcome.newest[0]?.meta.title).toBe(first?.headline);
  // The newest day is the recent bundle, the rest of its month the month bundle; the rest of
  // 2026's fourth quarter is merged into every search, the older quarters only into the archive's.
  expect(outcome.indexes.month?.path).toBe('pagefind/month/');
  expect(outcome.indexes.month?.articles).toBeGreaterThan(0);
  expect(
    outcome.indexes.archives.map(({ year, quarter, path, withRecent }) => [year, quarter, path, withRecent]),
  ).toEqual([
    [2026, 4, 'pagefind/archive-2026-q4/', true],
    [2024, 1, 'pagefind/archive-2024-q1/', false],
    [2023, 2, 'pagefind/archive-2023-q2/', false],
  ]);
  // An old article is only in its quarter's archive bundle, found once that is merged.
  expect(outcome.archiveWord.recent).toBe(0);
  expect(outcome.archiveWord.merged.map((result) => result.url)).toEqual([articlePath(archived)]);

  await page.waitForTimeout(200);
  expect(await violations()).toEqual([]);
});

test('the index of a site under a path gives addresses below that path', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${String(ports.subPath)}${SUB_PATH}${articlePath(article).slice(1)}`);
  await waitForApp(page);

  const outcome = await searchInPage(page, SUB_PATH, 'seoul', '"ifugao"');

  // Pagefind puts its bundles' parent folder, the base path, before each address.
  const urls = outcome.results.map((result) => result.url);
  expect(urls.length).toBeGreaterThan(3);
  for (const url of [...urls, ...outcome.archiveWord.merged.map((result) => result.url)]) {
    expect(url.startsWith(SUB_PATH), url).toBe(true);
    expect(sectionOf(`/${url.slice(SUB_PATH.length)}`), url).toBeDefined();
  }
  expect(outcome.archiveWord.merged).toHaveLength(1);
});

test('nginx sends the bundle’s index files as bytes, content-named ones cached for a year', async ({
  request,
}) => {
  const indexes = await request.get('/pagefind/indexes.json');
  expect(indexes.headers()['cache-control']).toBe('no-cache');
  const entry = (await (await request.get('/pagefind/recent/pagefind-entry.json')).json()) as {
    languages: Record<string, { hash: string; wasm: string }>;
  };
  const [language] = Object.values(entry.languages);
  const meta = await request.get(`/pagefind/recent/pagefind.${language?.hash ?? ''}.pf_meta`);
  expect(meta.status()).toBe(200);
  expect(meta.headers()['content-type']).toBe('application/octet-stream');
  expect(meta.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(meta.headers()['content-encoding']).toBeUndefined();
  const wasm = await request.get(`/pagefind/recent/wasm.${language?.wasm ?? ''}.pagefind`);
  expect(wasm.headers()['content-type']).toBe('application/octet-stream');
  expect(wasm.headers()['cache-control']).toBe('no-cache');
  const script = await request.get('/pagefind/recent/pagefind.js');
  expect(script.headers()['content-type']).toBe('application/javascript; charset=utf-8');
  expect(script.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
});
