// Assembles the benchmark report (tests/bench/results.md) from the measurements of one run.
import { formatDuration, formatNumber } from './format.mjs';
import { renderBuild } from './reportBuild.mjs';
import { renderBytes, renderJs } from './reportBytes.mjs';
import { renderFloorRatio, renderLighthouse } from './reportLighthouse.mjs';
import { renderNavigation } from './reportNavigation.mjs';
import { renderPublish } from './reportPublish.mjs';
import { renderResponsiveness } from './reportResponsiveness.mjs';
import { renderSearch } from './reportSearch.mjs';

const GIB = 1024 ** 3;

function renderHeader(meta) {
  const commit = `${meta.commit}${meta.isDirty ? ' (with uncommitted changes)' : ''}`;
  return [
    '# Benchmark results',
    '',
    `- Date: ${meta.date}`,
    `- Machine: ${String(meta.cores)} cores (${meta.cpuModel}), ${(meta.totalMemoryBytes / GIB).toFixed(1)} GiB RAM, Node ${meta.node}, ${meta.chromium}`,
    `- Load average (1 min) at start and end: ${formatNumber(meta.loadAtStart, 2)} and ${formatNumber(meta.loadAtEnd, 2)} on ${String(meta.cores)} cores (other work on the machine slows every figure)`,
    `- Commit: ${commit}`,
    `- Parts run: ${meta.parts.join(', ')}${meta.parts.includes('build') ? `; archive sizes ${meta.archiveSizes.map((size) => formatNumber(size)).join(', ')}` : ''}`,
    `- The run took ${formatDuration(meta.durationMs)}${Number.isFinite(meta.productionBuildMs) ? `, of which ${formatDuration(meta.productionBuildMs)} for \`npm run build\`` : ''}`,
    '- KB and MB are decimal (1 KB = 1,000 bytes). A figure that could not be measured shows "–" and "n/a", never "met".',
  ].join('\n');
}

/** The whole report as markdown; parts that did not run are left out. */
export function renderReport(results) {
  const sections = [renderHeader(results.meta)];
  if (results.lighthouse) {
    sections.push(renderLighthouse(results.lighthouse));
    const floor = renderFloorRatio(results.lighthouse);
    if (floor) sections.push(floor);
  }
  if (results.responsiveness) sections.push(renderResponsiveness(results.responsiveness));
  if (results.bytes) {
    sections.push(renderBytes(results.bytes));
    if (results.bytes.js) sections.push(renderJs(results.bytes.js));
  }
  if (results.navigation) sections.push(renderNavigation(results.navigation));
  if (results.build) sections.push(renderBuild(results.build));
  if (results.search) sections.push(renderSearch(results.search));
  if (results.publish) sections.push(renderPublish(results.publish));
  const problems = results.problems ?? [];
  sections.push(
    [
      '### Problems seen in this run',
      '',
      ...(problems.length ? problems.map((problem) => `- ${problem}`) : ['- none']),
    ].join('\n'),
  );
  return `${sections.join('\n\n')}\n`;
}
