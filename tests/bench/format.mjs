// Pure formatting for the benchmark report: numbers with units and markdown tables.
import { KB, MB } from './stats.mjs';

const isMissing = (value) => value === undefined || value === null || !Number.isFinite(value);

/** Milliseconds as "123 ms" below a second and "1.23 s" from there. */
export function formatMs(ms) {
  if (isMissing(ms)) return '–';
  if (Math.abs(ms) < 1000) return `${String(Math.round(ms))} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Long durations as "4 min 05 s". */
export function formatDuration(ms) {
  if (isMissing(ms)) return '–';
  if (ms < 60_000) return formatMs(ms);
  const seconds = Math.round(ms / 1000);
  return `${String(Math.floor(seconds / 60))} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export function formatKB(bytes) {
  return isMissing(bytes) ? '–' : `${(bytes / KB).toFixed(1)} KB`;
}

export function formatMB(bytes) {
  return isMissing(bytes) ? '–' : `${String(Math.round(bytes / MB))} MB`;
}

export function formatNumber(value, digits = 0) {
  if (isMissing(value)) return '–';
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatRatio(value) {
  return isMissing(value) ? '–' : `${value.toFixed(2)}×`;
}

/** A verdict as it appears in the tables; a miss is bold so it stands out when pasted. */
export function formatVerdict(verdict) {
  return verdict === 'not met' ? '**not met**' : verdict;
}

/** A figure followed by its verdict: "1.23 s, met". */
export function withVerdict(text, verdict) {
  return `${text}, ${formatVerdict(verdict)}`;
}

const escapeCell = (cell) => String(cell).replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * A GitHub markdown table with padded columns, so it also reads well as plain text.
 * `align` holds 'l' or 'r' per column (default: first column left, the rest right).
 */
export function markdownTable(header, rows, align = header.map((_, index) => (index === 0 ? 'l' : 'r'))) {
  const cells = [header, ...rows].map((row) => row.map(escapeCell));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => (row[column] ?? '').length)));
  const pad = (text, column) =>
    align[column] === 'r' ? text.padStart(widths[column]) : text.padEnd(widths[column]);
  const line = (row) => `| ${row.map((cell, column) => pad(cell ?? '', column)).join(' | ')} |`;
  const rule = `| ${widths
    .map((width, column) => (align[column] === 'r' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width)))
    .join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
