// The Lighthouse part of the report: medians per page with issue 15's targets, the
// same-round comparison with the floor, and each round with the machine's load.
import { formatMs, formatNumber, formatRatio, markdownTable, withVerdict } from './format.mjs';
import { allOf, check, difference, median, perRound, ratio } from './stats.mjs';

const scoreFields = ['performance', 'accessibility', 'bestPractices', 'seo'];
const metricFields = ['lcp', 'cls', 'tbt', 'si', 'load'];

/**
 * Medians of every score and metric over a page's runs, its lowest performance
 * score, and, given the floor's runs, the medians of the per-round TBT
 * difference and LCP and Speed Index ratios against the floor.
 */
export function summariseLighthouse(runs, floorRuns = []) {
  const summary = { runs: runs.length };
  for (const field of [...scoreFields, ...metricFields]) {
    summary[field] = median(runs.map((run) => run[field]));
  }
  summary.lowestPerformance = runs.length ? Math.min(...runs.map((run) => run.performance)) : Number.NaN;
  const loads = runs.map((run) => run.load).filter(Number.isFinite);
  summary.loadRange = loads.length ? [Math.min(...loads), Math.max(...loads)] : null;
  const tbtOverFloor = perRound(runs, floorRuns, 'tbt', difference);
  summary.pairedRounds = tbtOverFloor.length;
  summary.tbtOverFloor = median(tbtOverFloor);
  summary.lcpRatio = median(perRound(runs, floorRuns, 'lcp', ratio));
  summary.siRatio = median(perRound(runs, floorRuns, 'si', ratio));
  return summary;
}

/** Issue 15: the article's TBT at most 50 ms, the front page's and a section's at most 100 ms. */
export const tbtTarget = (page) => (page.isArticle ? 50 : 100);

const formatLoad = (value) => formatNumber(value, 2);
const formatSigned = (ms) => (Number.isFinite(ms) && ms > 0 ? `+${formatMs(ms)}` : formatMs(ms));

const rowsSpec = [
  { label: 'Runs', target: '5', text: (s) => String(s.runs) },
  {
    label: 'Load average (1 min) as the runs started: median (lowest–highest)',
    target: '–',
    text: (s) =>
      s.loadRange
        ? `${formatLoad(s.load)} (${formatLoad(s.loadRange[0])}–${formatLoad(s.loadRange[1])})`
        : '–',
  },
  {
    label: 'Performance score (median; lowest run)',
    target: '100; no run below 97',
    text: (s) => `${formatNumber(s.performance)}; ${formatNumber(s.lowestPerformance)}`,
    verdict: (s) => allOf(check(s.performance, '>=', 100), check(s.lowestPerformance, '>=', 97)),
  },
  { label: 'LCP (against the floor: next table)', target: '–', text: (s) => formatMs(s.lcp) },
  {
    label: 'CLS',
    target: '0',
    text: (s) => formatNumber(s.cls, 3),
    verdict: (s) => check(s.cls, '<=', 0),
  },
  {
    label: 'TBT',
    target: 'article ≤ 50 ms; front page, section ≤ 100 ms',
    text: (s) => formatMs(s.tbt),
    verdict: (s, page) => check(s.tbt, '<=', tbtTarget(page)),
  },
  {
    label: 'TBT minus the floor’s in the same round (median of the rounds)',
    target: '–',
    text: (s) => formatSigned(s.tbtOverFloor),
    isFloorless: true,
  },
  { label: 'Speed Index', target: '–', text: (s) => formatMs(s.si) },
  ...[
    ['Accessibility', 'accessibility'],
    ['Best practices', 'bestPractices'],
    ['SEO', 'seo'],
  ].map(([label, field]) => ({
    label,
    target: '100',
    text: (s) => formatNumber(s[field]),
    verdict: (s) => check(s[field], '>=', 100),
  })),
];

/** One row per figure, one column per page; the floor is a reference and gets no verdicts. */
export function renderLighthouse({ pages, floor, loadAtStart, loadAtEnd }) {
  const floorRuns = floor?.runs ?? [];
  const summaries = pages.map((page) => summariseLighthouse(page.runs, floorRuns));
  const floorSummary = floor ? summariseLighthouse(floorRuns) : null;
  const header = [
    'Figure',
    'Target',
    ...pages.map((page) => `${page.label} \`${page.path}\``),
    ...(floor ? ['Floor (reference)'] : []),
  ];
  const rows = rowsSpec.map((spec) => [
    spec.label,
    spec.target,
    ...summaries.map((summary, index) =>
      spec.verdict
        ? withVerdict(spec.text(summary), spec.verdict(summary, pages[index]))
        : spec.text(summary),
    ),
    ...(floorSummary ? [spec.isFloorless ? '–' : spec.text(floorSummary)] : []),
  ]);
  const allLoads = [...pages, ...(floor ? [floor] : [])].flatMap((page) => page.runs.map((run) => run.load));
  return [
    '### Lighthouse 12, mobile, simulated throttling (median of the runs of each page)',
    '',
    markdownTable(header, rows),
    '',
    `Load average (1 min) on this 2-core machine at the start and end of the Lighthouse part: ${formatLoad(loadAtStart)} and ${formatLoad(loadAtEnd)}; median over all its runs ${formatLoad(median(allLoads.filter(Number.isFinite)))}. TBT follows the load; LCP under simulated throttling much less. Each round runs every page and then the floor, so a page's TBT is compared with the floor's of the same round.`,
    '',
    'Every run, round by round: performance score, TBT, LCP (article and floor) and the load average as the run started.',
    '',
    renderRounds(pages, floor),
  ].join('\n');
}

const runCell = (run, withLcp) => {
  if (!run) return 'left out';
  const lcp = withLcp ? `, LCP ${formatMs(run.lcp)}` : '';
  return `${formatNumber(run.performance)}, TBT ${formatMs(run.tbt)}${lcp} (load ${formatLoad(run.load)})`;
};

/** Every run, round by round, with the load as it started: which runs were slowed by other work. */
export function renderRounds(pages, floor) {
  const columns = [...pages, ...(floor ? [floor] : [])];
  const rounds = [...new Set(columns.flatMap((page) => page.runs.map((run) => run.round)))].sort(
    (a, b) => a - b,
  );
  const rows = rounds.map((round) => [
    String(round),
    ...columns.map((page) =>
      runCell(
        page.runs.find((run) => run.round === round),
        page.isArticle || page === floor,
      ),
    ),
  ]);
  return markdownTable(['Round', ...columns.map((page) => page.label)], rows, [
    'r',
    ...columns.map(() => 'l'),
  ]);
}

/** The article against the same page as plain HTML and CSS with no script, round by round. */
export function renderFloorRatio({ pages, floor }) {
  const article = pages.find((page) => page.isArticle);
  if (!article || !floor) return '';
  const app = summariseLighthouse(article.runs, floor.runs);
  const base = summariseLighthouse(floor.runs);
  const rows = [
    [
      'LCP',
      formatMs(app.lcp),
      formatMs(base.lcp),
      withVerdict(formatRatio(app.lcpRatio), check(app.lcpRatio, '<=', 1.2)),
      '≤ 1.20×',
    ],
    ['Speed Index', formatMs(app.si), formatMs(base.si), formatRatio(app.siRatio), '–'],
    ['TBT', formatMs(app.tbt), formatMs(base.tbt), formatSigned(app.tbtOverFloor), '–'],
  ];
  return [
    `### Article against its floor (\`${article.path}\` as static HTML with the same CSS and images, no script)`,
    '',
    markdownTable(
      [
        'Figure',
        'App (median)',
        'Floor (median)',
        `App against the floor of the same round (median of ${String(app.pairedRounds)} rounds)`,
        'Target',
      ],
      rows,
    ),
    '',
    'LCP and Speed Index as app / floor, TBT as app − floor, each taken within one round and then the median over the rounds; a round in which either run was left out does not count.',
  ].join('\n');
}
