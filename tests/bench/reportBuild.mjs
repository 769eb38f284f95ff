// The build part of the report: content build and prerender time, peak memory and section size against archive size.
import {
  formatDuration,
  formatKB,
  formatMB,
  formatNumber,
  formatRatio,
  markdownTable,
  withVerdict,
} from './format.mjs';
import { KB, MB, check, isFlat } from './stats.mjs';

const LARGE_ARCHIVE = 100_000;
/** Search may add at most this share to the large build's wall time (issue 13). */
const SEARCH_OVERHEAD = 0.4;

/** How much longer the build took for its search index than it would have without: index time ÷ the rest. */
export function searchOverhead(size) {
  const searchMs = size.search?.ms ?? Number.NaN;
  return searchMs / (size.wallMs - searchMs);
}

function searchCells(size) {
  if (!size.search) return ['–', '–', '–', '–'];
  const { ms, pages, recent, archives } = size.search;
  return [
    formatDuration(ms),
    formatNumber(pages),
    `${formatNumber(recent)} + ${String(archives)}`,
    `${formatNumber((ms / size.wallMs) * 100, 0)} %`,
  ];
}

function sizeRow(size, smallest) {
  const articleCell = size.articleCheck
    ? size.articleCheck.ok
      ? 'ok'
      : `**${size.articleCheck.detail}**`
    : '–';
  return [
    formatNumber(size.articles),
    formatNumber(size.pages),
    size.error ? `**${size.error}**` : formatDuration(size.wallMs),
    formatDuration(size.prerenderMs),
    ...searchCells(size),
    smallest && size !== smallest ? formatRatio(size.wallMs / smallest.wallMs) : '1.00×',
    formatMB(size.nodePeakRssBytes ?? size.peakRssBytes),
    formatMB(size.peakRssBytes),
    size.sectionHtml ? `${formatKB(size.sectionHtml.raw)} (${formatKB(size.sectionHtml.gzip)})` : '–',
    size.sectionJson ? `${formatKB(size.sectionJson.raw)} (${formatKB(size.sectionJson.gzip)})` : '–',
    articleCell,
  ];
}

function targetRows(sizes) {
  const large = sizes.find((size) => size.articles === LARGE_ARCHIVE);
  const notRun = `not run (sizes ${sizes.map((size) => formatNumber(size.articles)).join(', ')})`;
  const jsonGzip = sizes.map((size) => size.sectionJson?.gzip ?? Number.NaN);
  const largestJson = Math.max(...jsonGzip.filter(Number.isFinite));
  const smallestJson = Math.min(...jsonGzip.filter(Number.isFinite));
  return [
    [
      '100,000 articles build in under 5 min',
      large ? formatDuration(large.wallMs) : notRun,
      large && !large.error ? check(large.wallMs, '<=', 5 * 60_000) : 'n/a',
    ],
    [
      '100,000 articles peak memory under 2 GB (the Node build)',
      large ? formatMB(large.nodePeakRssBytes ?? large.peakRssBytes) : notRun,
      large && !large.error ? check(large.nodePeakRssBytes ?? large.peakRssBytes, '<=', 2000 * MB) : 'n/a',
    ],
    [
      '100,000 articles with search peak memory under 8 GB (with Pagefind)',
      large ? formatMB(large.peakRssBytes) : notRun,
      large && !large.error ? check(large.peakRssBytes, '<=', 8000 * MB) : 'n/a',
    ],
    [
      'Search adds at most 40 % to the 100,000-article build’s wall time',
      large?.search
        ? `${formatNumber(searchOverhead(large) * 100, 0)} % (${formatDuration(large.search.ms)} of ${formatDuration(large.wallMs)})`
        : notRun,
      large?.search && !large.error ? check(searchOverhead(large), '<=', SEARCH_OVERHEAD) : 'n/a',
    ],
    [
      'One section page JSON ≤ 25 KB gzip, at every size',
      `largest ${formatKB(largestJson)}`,
      check(largestJson, '<=', 25 * KB),
    ],
    [
      'Section page JSON does not grow with the archive (largest ≤ 1.1× smallest)',
      `${formatKB(smallestJson)} to ${formatKB(largestJson)}`,
      isFlat(jsonGzip),
    ],
  ].map(([target, figure, verdict]) => [target, withVerdict(figure, verdict)]);
}

export function renderBuild({ sizes, sectionPath }) {
  const smallest = sizes.find((size) => Number.isFinite(size.wallMs) && !size.error);
  return [
    '### Content build and prerender of a generated archive',
    '',
    markdownTable(
      [
        'Articles',
        'Pages',
        'Build (wall)',
        'Prerender',
        'Search index',
        'Indexed',
        'Bundles (recent + archive)',
        'Search share of wall',
        'Time vs smallest',
        'Node peak RSS',
        'Peak RSS with Pagefind',
        `Section \`${sectionPath}\` HTML (gzip)`,
        'Its JSON page 1 (gzip)',
        'Archive article page',
      ],
      sizes.map((size) => sizeRow(size, smallest)),
    ),
    '',
    markdownTable(['Target', 'Figure'], targetRows(sizes), ['l', 'l']),
    '',
    '`vite build` of the archive in a child Node process (Vite API, the production config); wall time from spawn to exit, prerender and search index time as the build logs them (the search index is built after prerendering, one Pagefind bundle after another: the newest month, then one bundle per UTC year before it). Node peak RSS is `process.resourceUsage().maxRSS` of that process (worker threads included); peak RSS with Pagefind is the most that process and the processes it started (Pagefind\'s binary, one per bundle) held at once, sampled every 250 ms, or the Node peak if higher. "Search adds" is index time ÷ (wall time − index time). gzip at level 6, as nginx. The archive article page check opens one generated article in the output and fails if it is missing or is the not-found page.',
  ].join('\n');
}
