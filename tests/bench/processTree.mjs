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

/** Peak resident memory of a process as the kernel keeps it (VmHWM), in bytes. */
function peakRss(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readOrEmpty(`/proc/${String(pid)}/status`));
  return match ? Number(match[1]) * 1024 : 0;
}

/** Polls the descendants of `pid`; `stop()` returns how many there were and the sum of their peaks. */
export function watchDescendants(pid, intervalMs = 250) {
  const peaks = new Map();
  const commands = new Map();
  const poll = () => {
    for (const descendant of descendantsOf(pid)) {
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
  };
  const timer = setInterval(poll, intervalMs);
  return () => {
    clearInterval(timer);
    return {
      count: peaks.size,
      peakRssBytes: [...peaks.values()].reduce((sum, peak) => sum + peak, 0),
      commands: [...new Set(commands.values())],
    };
  };
}
