// What the report header says about the run: when, on what machine, at which commit.
import { execFileSync, spawnSync } from 'node:child_process';
import os from 'node:os';
import { chromePath } from '../support/chromium.mjs';

function git(root, ...args) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
}

function chromiumVersion() {
  const result = spawnSync(chromePath, ['--version'], { encoding: 'utf8' });
  return (
    result.stdout
      .split('\n')
      .find((line) => /chrom/i.test(line))
      ?.trim() ?? 'Chromium (version unknown)'
  );
}

/** The 1-minute load average: other work on the machine slows every figure down. */
export const currentLoad = () => os.loadavg()[0];

export function describeRun(root) {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown CPU',
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    loadAtStart: currentLoad(),
    chromium: chromiumVersion(),
    commit: git(root, 'rev-parse', '--short', 'HEAD'),
    // The results file itself is rewritten by every run; any other change means the figures are not the commit's.
    isDirty: git(root, 'status', '--porcelain', '--', '.', ':!tests/bench/results.md') !== '',
  };
}
