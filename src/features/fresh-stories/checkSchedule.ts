/** How often a listing left open asks the server for new stories. */
export const CHECK_INTERVAL_MS = 5 * 60_000;

type Options = {
  /** When the page's data was last fetched (or loaded with the page): the first check is an interval after it. */
  lastCheckedAt: number;
  check: () => void;
  intervalMs?: number;
};

const isActive = () => document.visibilityState === 'visible' && navigator.onLine;

/**
 * Calls `check` every interval while the tab is visible and online, and never
 * otherwise: a hidden or offline tab has no timer at all. Coming back (shown
 * again, or online) checks at once when an interval has passed since the last
 * check, then keeps the rhythm from there. Returns the function that stops it.
 */
export function scheduleChecks({
  lastCheckedAt,
  check,
  intervalMs = CHECK_INTERVAL_MS,
}: Options): () => void {
  let last = lastCheckedAt;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    last = Date.now();
    check();
    arm();
  };
  function arm() {
    clearTimeout(timer);
    timer = undefined;
    if (!isActive()) return;
    const wait = last + intervalMs - Date.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  }

  const events = ['online', 'offline'] as const;
  document.addEventListener('visibilitychange', arm);
  for (const event of events) window.addEventListener(event, arm);
  arm();
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', arm);
    for (const event of events) window.removeEventListener(event, arm);
  };
}
