// The publish part of the report: `npm run publish` on generated archives against issue 16's targets.
import { formatDuration, formatMB, formatNumber, markdownTable, withVerdict } from './format.mjs';
import { check } from './stats.mjs';

/** Issue 16's targets: a publish of one article in seconds, writing few files, whatever the archive's size. */
export const PUBLISH_TARGETS = {
  wallMs: 10_000,
  newArticleFiles: 40,
  fullBuildMs: 5 * 60_000,
  fullBuildBytes: 2e9,
};

function stepCells(step, target) {
  if (!step) return ['–', '–', '–'];
  if (step.error && step.kind !== 'full') return [`**${step.error}**`, '–', '–'];
  const files = `${formatNumber(step.written)} written, ${formatNumber(step.deleted)} deleted`;
  return [
    target
      ? withVerdict(formatDuration(step.wallMs), check(step.wallMs, '<=', target))
      : formatDuration(step.wallMs),
    files,
    formatNumber(step.pagesRendered),
  ];
}

export function renderPublish(publish) {
  const lines = ['## Publishing one story (`npm run publish`)', ''];
  const rows = [];
  for (const size of publish.sizes) {
    const label = `${formatNumber(size.articles)} articles`;
    if (size.error) {
      rows.push([label, `**${size.error}**`, '', '', '']);
      continue;
    }
    rows.push([
      label,
      'full build',
      withVerdict(
        formatDuration(size.fullBuildMs),
        check(size.fullBuildMs, '<=', PUBLISH_TARGETS.fullBuildMs),
      ),
      `Node peak ${formatMB(size.fullBuildPeakRssBytes)}`,
      '',
    ]);
    rows.push([label, 'first publish after it (nothing changed)', ...stepCells(size.first)]);
    const [addTime, addFiles, addPages] = stepCells(size.add, PUBLISH_TARGETS.wallMs);
    rows.push([
      label,
      'one new article',
      addTime,
      size.add && !size.add.error
        ? withVerdict(addFiles, check(size.add.written, '<=', PUBLISH_TARGETS.newArticleFiles))
        : addFiles,
      addPages,
    ]);
    rows.push([label, 'one article edited', ...stepCells(size.edit, PUBLISH_TARGETS.wallMs)]);
    rows.push([label, 'one article withdrawn', ...stepCells(size.withdraw, PUBLISH_TARGETS.wallMs)]);
  }
  lines.push(
    markdownTable(['Archive', 'Step', 'Wall time (process start included)', 'Files', 'Pages rendered'], rows),
  );
  lines.push(
    '',
    `Targets (issue 16): a new article, an edit and a withdrawal each ≤ ${formatDuration(PUBLISH_TARGETS.wallMs)} on 100,000 articles, a new article writing ≤ ${String(PUBLISH_TARGETS.newArticleFiles)} files; the full build ≤ ${formatDuration(PUBLISH_TARGETS.fullBuildMs)} and under 2 GB. Share cards are not drawn here (BROADSHEET_SHARE_CARDS=skip), as in the build part.`,
  );
  const equality = publish.sizes.find((size) => size.equality)?.equality;
  if (equality) {
    const kinds = equality.operations.map((operation) => operation.kind);
    const count = (kind) => kinds.filter((found) => found === kind).length;
    const passed = equality.problems.length === 0;
    lines.push(
      '',
      `**Equality with a full build** on ${formatNumber(publish.sizes.find((size) => size.equality)?.articles ?? 0)} articles after ${String(kinds.length)} operations (${String(count('add'))} added, ${String(count('edit'))} edited, ${String(count('withdraw'))} withdrawn), each published: ${passed ? 'the same, file for file and byte for byte, met' : `${String(equality.differing ?? equality.problems.length)} files differ, not met`}.`,
    );
  }
  return lines.join('\n');
}
