// The navigation part of the report: section → article, click to headline painted and to hero loaded.
import { formatMs, markdownTable, withVerdict } from './format.mjs';
import { allOf, check, median, percentile } from './stats.mjs';

/** Issue 15's targets for the time to the headline painted, by whether the link was hovered first. */
const TARGETS = {
  prefetch: { median: 50, p95: 100 },
  none: { median: 120 },
};

/** The targets a mode is judged against: a cold hero changes nothing about the headline. */
export function targetsOf(mode) {
  return mode.hovers ? TARGETS.prefetch : TARGETS.none;
}

export function summariseNavigation(runs) {
  const headline = runs.map((run) => run.headline).filter(Number.isFinite);
  const hero = runs.map((run) => run.hero).filter(Number.isFinite);
  return {
    runs: runs.length,
    inDomMedian: median(runs.map((run) => run.headlineInDom).filter(Number.isFinite)),
    heroLoadedBefore: runs.filter((run) => run.heroLoadedBefore).length,
    headlineMedian: median(headline),
    headlineP95: percentile(headline, 95),
    heroMedian: median(hero),
    heroP95: percentile(hero, 95),
  };
}

/** Each figure a mode has a target for, with its verdict; a figure without a target is left unjudged. */
export function judgeNavigation(mode, summary = summariseNavigation(mode.runs)) {
  const targets = targetsOf(mode);
  const median =
    targets.median === undefined ? undefined : check(summary.headlineMedian, '<=', targets.median);
  const p95 = targets.p95 === undefined ? undefined : check(summary.headlineP95, '<=', targets.p95);
  return { median, p95, overall: allOf(...[median, p95].filter((verdict) => verdict !== undefined)) };
}

const describeTargets = (targets) =>
  [
    `median ≤ ${String(targets.median)} ms`,
    ...(targets.p95 === undefined ? [] : [`p95 ≤ ${String(targets.p95)} ms`]),
  ].join(', ');

function row(mode) {
  const summary = summariseNavigation(mode.runs);
  const verdicts = judgeNavigation(mode, summary);
  const judged = (text, verdict) => (verdict === undefined ? text : withVerdict(text, verdict));
  return [
    mode.label,
    `${String(summary.runs)}${mode.failures.length ? ` (${String(mode.failures.length)} failed)` : ''}`,
    judged(formatMs(summary.headlineMedian), verdicts.median),
    judged(formatMs(summary.headlineP95), verdicts.p95),
    formatMs(summary.inDomMedian),
    formatMs(summary.heroMedian),
    formatMs(summary.heroP95),
    `${String(summary.heroLoadedBefore)} of ${String(summary.runs)}`,
    describeTargets(targetsOf(mode)),
  ];
}

export function renderNavigation({ from, to, modes }) {
  return [
    `### Client-side navigation \`${from}\` → \`${to}\``,
    '',
    markdownTable(
      [
        'Mode',
        'Runs',
        'Headline painted, median',
        'p95',
        'Headline in DOM, median',
        'Hero image loaded, median',
        'p95',
        'Hero file loaded before the click',
        'Target (headline painted)',
      ],
      modes.map(row),
    ),
    '',
    'Each run is a fresh browser context (empty cache) that loads the section page and waits for hydration; the time runs from just before `click()` on the card link to the frame after the article headline appeared, and to the hero `img` load event. With prefetch the link is hovered first and the click waits until the article JSON has arrived; without, the click comes from script with no hover or focus, and a run that saw an article JSON request before the click is discarded. Desktop viewport, no throttling, p95 by nearest rank.',
    '',
    'The section page often shows the article’s picture on its card, so in the first two modes the hero is usually in the memory cache before the click. In the cold-hero modes every request for the hero’s file or any of its variants is refused while the section page loads (its card stays empty), then allowed again before the hover or click, and a run in which the page had the file anyway is discarded: the hero has to come over the network, unless hovering the link fetched it first. “Hero file loaded before the click” counts the runs in which the file the hero shows had already arrived.',
  ].join('\n');
}
