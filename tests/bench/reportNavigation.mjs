// The navigation part of the report: section → article, click to headline painted and to hero loaded.
import { formatMs, markdownTable, withVerdict } from './format.mjs';
import { check, median, percentile } from './stats.mjs';

export function summariseNavigation(runs) {
  const headline = runs.map((run) => run.headline).filter(Number.isFinite);
  const hero = runs.map((run) => run.hero).filter(Number.isFinite);
  return {
    runs: runs.length,
    inDomMedian: median(runs.map((run) => run.headlineInDom).filter(Number.isFinite)),
    heroFromSection: runs.filter((run) => run.heroWasOnSection).length,
    headlineMedian: median(headline),
    headlineP95: percentile(headline, 95),
    heroMedian: median(hero),
    heroP95: percentile(hero, 95),
  };
}

export function renderNavigation({ from, to, modes }) {
  const rows = modes.map((mode) => {
    const summary = summariseNavigation(mode.runs);
    const hasTarget = mode.key === 'prefetch';
    return [
      mode.label,
      `${String(summary.runs)}${mode.failures.length ? ` (${String(mode.failures.length)} failed)` : ''}`,
      hasTarget
        ? withVerdict(formatMs(summary.headlineMedian), check(summary.headlineMedian, '<=', 50))
        : formatMs(summary.headlineMedian),
      formatMs(summary.headlineP95),
      formatMs(summary.inDomMedian),
      formatMs(summary.heroMedian),
      formatMs(summary.heroP95),
      hasTarget ? 'median to headline ≤ 50 ms' : '–',
    ];
  });
  const heroNote = modes.map(
    (mode) =>
      `${mode.label.toLowerCase()}: ${String(summariseNavigation(mode.runs).heroFromSection)} of ${String(mode.runs.length)}`,
  );
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
        'Target',
      ],
      rows,
    ),
    '',
    'Each run is a fresh browser context (empty cache) that loads the section page and waits for hydration; the time runs from just before `click()` on the card link to the frame after the article headline appeared, and to the hero `img` load event. With prefetch the link is hovered first and the click waits until the article JSON has arrived; without, the click comes from script with no hover or focus, and a run that saw an article JSON request before the click is discarded. Desktop viewport, no throttling, p95 by nearest rank.',
    '',
    `Runs in which the hero file had already been loaded by the section page (its card thumbnail), so it came from the memory cache: ${heroNote.join('; ')}.`,
  ].join('\n');
}
