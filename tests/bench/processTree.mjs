// Watches the processes a child starts (Linux /proc), so that memory outside
// the measured process is not silently left out.
import { readFileSync } from 'node:fs';

function readOrEmpty(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function childrenOf(pid) {
  const tasks = readOrEmpty(`/proc/${String(pid)}/task/${String(pid)}/children`);
  return tasks.split(/\s+/).filter(Boolean).map(Number);
}

function descendantsOf(pid) {
  const found = [];
  const queue = childrenOf(pid);
  while (queue.length) {
    const next = queue.shift();
    found.push(next);
    queue.push(...childrenOf(next));
  }
  return found;
}

/** A process's memory as the kernel keeps it, in bytes: `VmHWM` (its peak) or `VmRSS` (now). */
function statusBytes(pid, field) {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readOrEmpty(`/proc/${String(pid)}/status`));
  return match ? Number(match[1]) * 1024 : 0;
}

const peakRss = (pid) => statusBytes(pid, 'VmHWM');

/**
 * Polls the descendants of `pid`; `stop()` returns how many there were, the
 * sum of their peaks, and the most that `pid` and its descendants held at
 * once (their resident memory added up at each poll). The sum of peaks
 * overstates a build whose helpers run one after another (Pagefind's binary
 * is started afresh for each search bundle); the sampled total does not, but
 * can miss a spike shorter than the interval.
 */
export function watchDescendants(pid, intervalMs = 250) {
  const peaks = new Map();
  const commands = new Map();
  let peakTotalRssBytes = 0;
  const poll = () => {
    let total = statusBytes(pid, 'VmRSS');
    for (const descendant of descendantsOf(pid)) {
      total += statusBytes(descendant, 'VmRSS');
      peaks.set(descendant, Math.max(peaks.get(descendant) ?? 0, peakRss(descendant)));
      if (!commands.has(descendant)) {
        commands.set(
          descendant,
          readOrEmpty(`/proc/${String(descendant)}/cmdline`)
            .replaceAll('\0', ' ')
            .trim(),
        );
      }
    }
    peakTotalRssBytes = Math.max(peakTotalRssBytes, total);
  };
  const timer = setInterval(poll, intervalMs);
  return () => {
    clearInterval(timer);
    return {
      count: peaks.size,
      peakRssBytes: [...peaks.values()].reduce((sum, peak) => sum + peak, 0),
      peakTotalRssBytes,
      commands: [...new Set(commands.values())],
    };
  };
}
