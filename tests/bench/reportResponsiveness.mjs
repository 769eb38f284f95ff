// The responsiveness part of the report: input to next paint and lost taps per control and moment.
import { formatMs, formatNumber, markdownTable, withVerdict } from './format.mjs';
import { check, median, percentile } from './stats.mjs';

// Event Timing leaves out entries under this; a tap with none was at most this long.
const DURATION_THRESHOLD_MS = 16;

/**
 * What one tap came to: its input-to-next-paint time, whether it came before
 * the page was interactive, whether the control looked not ready at the
 * tap, and whether it was lost (no effect, and nothing said it was not ready).
 */
export function classifyTap(run) {
  const notReady = run.atTap?.notReady ?? '';
  const hadEffect = Boolean(run.now?.hasEffect);
  return {
    tapAtMs: run.tapAtMs,
    hydratedAtMs: run.hydratedAtMs,
    inpMs: Number.isFinite(run.inpMs) ? run.inpMs : DURATION_THRESHOLD_MS,
    isBeforeHydration: !(run.tapAtMs >= run.hydratedAtMs),
    notReady,
    hadEffect,
    isLost: !hadEffect && notReady === '',
    wasRetried: Boolean(run.missed),
  };
}

export function summariseTaps(runs) {
  const taps = runs.map(classifyTap);
  const inp = taps.map((tap) => tap.inpMs);
  const notReady = {};
  for (const tap of taps) if (tap.notReady) notReady[tap.notReady] = (notReady[tap.notReady] ?? 0) + 1;
  return {
    runs: taps.length,
    tapAtMedian: median(taps.map((tap) => tap.tapAtMs)),
    inpP75: percentile(inp, 75),
    inpMax: inp.length ? Math.max(...inp) : Number.NaN,
    beforeHydration: taps.filter((tap) => tap.isBeforeHydration).length,
    notReady,
    lost: taps.filter((tap) => tap.isLost).length,
    retried: taps.filter((tap) => tap.wasRetried).length,
    interactiveMedian: median(taps.map((tap) => tap.hydratedAtMs).filter(Number.isFinite)),
  };
}

/** Issue 15: p75 of input to next paint over every tap at most 100 ms, and not one tap lost. */
export function judgeResponsiveness(cells) {
  const all = summariseTaps(cells.flatMap((cell) => cell.runs));
  const hasRuns = all.runs > 0;
  return {
    all,
    inpVerdict: check(all.inpP75, '<=', 100),
    lostVerdict: hasRuns ? check(all.lost, '<=', 0) : 'n/a',
  };
}

const describeNotReady = (counts) =>
  Object.entries(counts)
    .map(([kind, count]) => `${String(count)} \`${kind}\``)
    .join(', ') || '0';

function cellRow(cell) {
  const summary = summariseTaps(cell.runs);
  const failed = cell.failures.length ? ` (${String(cell.failures.length)} failed)` : '';
  const retried = summary.retried ? ` (${String(summary.retried)} once the control appeared)` : '';
  return [
    cell.label,
    `${formatNumber(cell.delayMs)} ms`,
    `${String(summary.runs)}${failed}`,
    `${formatMs(summary.tapAtMedian)}${retried}`,
    formatMs(summary.inpP75),
    formatMs(summary.inpMax),
    String(summary.beforeHydration),
    describeNotReady(summary.notReady),
    summary.lost ? `**${String(summary.lost)}**` : '0',
  ];
}

const lostLine = (cell, run) => {
  const tap = classifyTap(run);
  const effect = run.now?.isOpen ? 'it opened but stayed empty' : 'no effect';
  return `- ${cell.label} tapped at ${formatMs(tap.tapAtMs)} (aimed at ${formatMs(cell.delayMs)}), interactive at ${formatMs(tap.hydratedAtMs)}: ${effect}, and the control did not say it was not ready`;
};

export function renderResponsiveness({ path, cpuSlowdown, cells }) {
  const { all, inpVerdict, lostVerdict } = judgeResponsiveness(cells);
  const lost = cells.flatMap((cell) =>
    cell.runs.filter((run) => classifyTap(run).isLost).map((run) => lostLine(cell, run)),
  );
  return [
    `### Responsiveness: taps on the article while it loads (\`${path}\`, ${String(cpuSlowdown)}× CPU slowdown)`,
    '',
    markdownTable(
      [
        'Control',
        'Tap aimed at',
        'Runs',
        'Tapped at, median',
        'Input to next paint, p75',
        'max',
        'Taps before interactive',
        'Visibly not ready at the tap',
        'Lost taps',
      ],
      cells.map(cellRow),
    ),
    '',
    markdownTable(
      ['Target', 'Figure'],
      [
        [
          'Input to next paint, p75 of every tap ≤ 100 ms',
          withVerdict(`${formatMs(all.inpP75)} (max ${formatMs(all.inpMax)})`, inpVerdict),
        ],
        ['No tap lost', withVerdict(`${String(all.lost)} of ${String(all.runs)} lost`, lostVerdict)],
        [
          'Time to interactive (`html[data-hydrated]`) under the slowdown, median of every tap’s page',
          `${formatMs(all.interactiveMedian)} (no target)`,
        ],
      ],
      ['l', 'r'],
    ),
    '',
    `Each tap is a fresh browser context (empty cache; 412 × 823 px at 1.75×, as Lighthouse's phone) with the CPU slowed ${String(cpuSlowdown)}× through the DevTools protocol (\`Emulation.setCPUThrottlingRate\`) before navigating. One mouse click (press and release sent together, stamped when sent) on the control's centre at the aimed time after navigation start (\`performance.now()\` in the page), whether or not the page is busy; if it lands before the control is on screen, the control is clicked again as soon as it is, and the real time counts. Input to next paint as INP takes it: the Event Timing entries of the click's interaction (\`durationThreshold: 16\`, and the first input's entry), the longest; an interaction with no entry counts as 16 ms. The effect is read up to 3 s after the page is interactive: Save \`aria-pressed="true"\`, Display open with its settings, the share menu open. A tap is lost when it had no effect and the control was neither \`disabled\`, \`aria-disabled="true"\` nor \`data-pending\` at the moment of the tap. p75 by nearest rank.`,
    ...(lost.length ? ['', 'Lost taps:', '', ...lost] : []),
  ].join('\n');
}
