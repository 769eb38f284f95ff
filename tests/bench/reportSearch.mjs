// The search part of the report: bytes and time to results of a query on the generated archive.
import { formatKB, formatMs, formatNumber, markdownTable, withVerdict } from './format.mjs';
import { check, KB, median } from './stats.mjs';

export const SEARCH_TARGETS = { firstQueryBytes: 250 * KB, freshMs: 300, refinedMs: 50 };

export function summariseSearch(runs) {
  const of = (key) => median(runs.map((run) => run[key]).filter(Number.isFinite));
  const summary = {
    firstQueryBytes: of('firstQueryBytes'),
    firstQueryRequests: of('firstQueryRequests'),
    freshMs: of('freshMs'),
    refinedMs: of('refinedMs'),
  };
  return {
    ...summary,
    verdicts: {
      firstQueryBytes: check(summary.firstQueryBytes, '<=', SEARCH_TARGETS.firstQueryBytes),
      freshMs: check(summary.freshMs, '<=', SEARCH_TARGETS.freshMs),
      refinedMs: check(summary.refinedMs, '<=', SEARCH_TARGETS.refinedMs),
    },
  };
}

export function renderSearch({ articles, runs, failures = [], queries, indexes }) {
  const summary = summariseSearch(runs);
  const { first, refinement } = queries;
  const archives = indexes?.archives ?? [];
  const rows = [
    [
      `Bytes fetched by the first query on a fresh load (${formatNumber(summary.firstQueryRequests)} requests)`,
      withVerdict(formatKB(summary.firstQueryBytes), summary.verdicts.firstQueryBytes),
      '≤ 250 KB',
    ],
    [
      `Last keystroke to results painted, fresh load (“${first}”)`,
      withVerdict(formatMs(summary.freshMs), summary.verdicts.freshMs),
      '≤ 300 ms',
    ],
    [
      `Last keystroke to results painted, refined query (“${first}${refinement}”)`,
      withVerdict(formatMs(summary.refinedMs), summary.verdicts.refinedMs),
      '≤ 50 ms',
    ],
  ];
  return [
    `### Search on the ${formatNumber(articles)}-article archive`,
    '',
    markdownTable(['Measure (median)', 'Result', 'Target'], rows),
    '',
    `Medians of ${String(runs.length)} run(s)${failures.length ? ` (${String(failures.length)} failed)` : ''}, each in a fresh browser context (empty cache) that opens \`/search\`, waits for hydration and types the query with 40 ms between keys; each time runs from the last keydown to the frame after the count line names the query. Bytes are every response below \`pagefind/\` (Pagefind's script, WebAssembly, metadata, filter and index chunks, fragments), headers and body as sent, up to the first results. The recent index holds ${formatNumber(indexes?.recentArticles)} articles${archives.length ? `, the archive ${String(archives.length)} bundle(s) of ${formatNumber(archives.reduce((sum, archive) => sum + archive.articles, 0))}` : ''}.`,
  ].join('\n');
}
