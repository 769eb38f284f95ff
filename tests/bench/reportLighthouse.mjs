// The Lighthouse part of the report: medians per page with their targets, and the app / floor ratio.
import { formatMs, formatNumber, formatRatio, markdownTable, withVerdict } from './format.mjs';
import { allOf, check, median, ratio } from './stats.mjs';

const scoreFields = ['performance', 'accessibility', 'bestPractices', 'seo'];
const metricFields = ['lcp', 'cls', 'tbt', 'si'];

/** Medians of every score and metric over a page's runs, plus its lowest performance score. */
export function summariseLighthouse(runs) {
  const summary = { runs: runs.length };
  for (const field of [...scoreFields, ...metricFields]) {
    summary[field] = median(runs.map((run) => run[field]));
  }
  summary.lowestPerformance = runs.length ? Math.min(...runs.map((run) => run.performance)) : Number.NaN;
  return summary;
}

const rowsSpec = [
  { label: 'Runs', target: '3', text: (s) => String(s.runs) },
  {
    label: 'Performance score (median; lowest run)',
    target: '100; never below 95',
    text: (s) => `${formatNumber(s.performance)}; ${formatNumber(s.lowestPerformance)}`,
    verdict: (s) => allOf(check(s.performance, '>=', 100), check(s.lowestPerformance, '>=', 95)),
  },
  {
    label: 'LCP',
    target: '≤ 1.5 s',
    text: (s) => formatMs(s.lcp),
    verdict: (s) => check(s.lcp, '<=', 1500),
  },
  {
    label: 'CLS',
    target: '0',
    text: (s) => formatNumber(s.cls, 3),
    verdict: (s) => check(s.cls, '<=', 0),
  },
  {
    label: 'TBT',
    target: '≤ 50 ms',
    text: (s) => formatMs(s.tbt),
    verdict: (s) => check(s.tbt, '<=', 50),
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
export function renderLighthouse({ pages, floor }) {
  const summaries = pages.map((page) => summariseLighthouse(page.runs));
  const floorSummary = floor ? summariseLighthouse(floor.runs) : null;
  const header = [
    'Figure',
    'Target',
    ...pages.map((page) => `${page.label} \`${page.path}\``),
    ...(floor ? ['Floor (reference)'] : []),
  ];
  const rows = rowsSpec.map((spec) => [
    spec.label,
    spec.target,
    ...summaries.map((summary) =>
      spec.verdict ? withVerdict(spec.text(summary), spec.verdict(summary)) : spec.text(summary),
    ),
    ...(floorSummary ? [spec.text(floorSummary)] : []),
  ]);
  return [
    '### Lighthouse 12, mobile, simulated throttling (median of the runs of each page)',
    '',
    markdownTable(header, rows),
  ].join('\n');
}

/** The article against the same page as plain HTML and CSS with no script. */
export function renderFloorRatio({ pages, floor }) {
  const article = pages.find((page) => page.isArticle);
  if (!article || !floor) return '';
  const app = summariseLighthouse(article.runs);
  const base = summariseLighthouse(floor.runs);
  const lcpRatio = ratio(app.lcp, base.lcp);
  const siRatio = ratio(app.si, base.si);
  const rows = [
    [
      'LCP',
      formatMs(app.lcp),
      formatMs(base.lcp),
      withVerdict(formatRatio(lcpRatio), check(lcpRatio, '<=', 1.1)),
      '≤ 1.10×',
    ],
    ['Speed Index', formatMs(app.si), formatMs(base.si), formatRatio(siRatio), '–'],
  ];
  return [
    `### Article against its floor (\`${article.path}\` as static HTML with the same CSS and images, no script)`,
    '',
    markdownTable(['Figure', 'App (median)', 'Floor (median)', 'App / floor', 'Target'], rows),
  ].join('\n');
}
