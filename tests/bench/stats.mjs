// Pure helpers for the benchmark: summaries of repeated measurements and the
// checks of a figure against its target. No I/O, so they are unit-tested.

/** KB and MB here are decimal, as Vite prints them: 1 KB = 1,000 bytes. */
export const KB = 1000;
export const MB = 1000 * KB;

const sorted = (values) => [...values].sort((a, b) => a - b);

/** The median of a list of numbers (the mean of the two middle values for an even count). */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const ordered = sorted(values);
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 === 1 ? ordered[middle] : (ordered[middle - 1] + ordered[middle]) / 2;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest value that at
 * least p % of the values do not exceed (for 20 runs, p95 is the 19th fastest).
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const ordered = sorted(values);
  const rank = Math.max(1, Math.ceil((p / 100) * ordered.length));
  return ordered[rank - 1];
}

/** app / floor, or NaN where either side is missing. */
export function ratio(app, floor) {
  if (!Number.isFinite(app) || !Number.isFinite(floor) || floor === 0) return Number.NaN;
  return app / floor;
}

/**
 * The verdict of one figure against its target: 'met', 'not met', or 'n/a'
 * when the figure could not be measured (a missing figure never counts as met).
 */
export function check(value, comparison, target) {
  if (value === undefined || value === null || !Number.isFinite(value)) return 'n/a';
  const isMet =
    comparison === '<=' ? value <= target : comparison === '>=' ? value >= target : value === target;
  return isMet ? 'met' : 'not met';
}

/** Combines verdicts: 'met' only if every one is met; 'n/a' if any could not be measured. */
export function allOf(...verdicts) {
  if (verdicts.includes('n/a')) return 'n/a';
  return verdicts.every((verdict) => verdict === 'met') ? 'met' : 'not met';
}

/** Whether a figure stays flat as the archive grows: the largest at most `tolerance` times the smallest. */
export function isFlat(values, tolerance = 1.1) {
  const finite = values.filter(Number.isFinite);
  if (finite.length < 2) return 'n/a';
  return Math.max(...finite) <= tolerance * Math.min(...finite) ? 'met' : 'not met';
}

/**
 * Pairs each app run with the floor's run of the same round (both carry a
 * `round`) and returns `combine(app, floor)` of one field per round, in round
 * order; a round that either side lost is left out rather than paired with another.
 */
export function perRound(appRuns, floorRuns, field, combine) {
  const floorByRound = new Map(floorRuns.map((run) => [run.round, run]));
  return appRuns
    .filter((run) => floorByRound.has(run.round))
    .sort((a, b) => a.round - b.round)
    .map((run) => combine(run[field], floorByRound.get(run.round)[field]))
    .filter(Number.isFinite);
}

/** app − floor, or NaN where either side is missing. */
export function difference(app, floor) {
  if (!Number.isFinite(app) || !Number.isFinite(floor)) return Number.NaN;
  return app - floor;
}
