import type { Page } from '@playwright/test';

type Recorded = { value: number; startTime: number; sources: string[] };

/** From the next page load on, records every layout shift the page reports (before any of its script runs). */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: Recorded[] = [];
    Object.defineProperty(window, '__layoutShifts', { value: shifts });
    // When the app marked the page live, for tests of what happens after that. The document is
    // observed, not its root: an init script runs before <html> exists.
    new MutationObserver((_records, observer) => {
      if (!('hydrated' in document.documentElement.dataset)) return;
      observer.disconnect();
      Object.defineProperty(window, '__liveAt', { value: performance.now() });
    }).observe(document, { attributes: true, attributeFilter: ['data-hydrated'], subtree: true });
    const describe = (source: {
      node?: Node | null;
      previousRect: DOMRectReadOnly;
      currentRect: DOMRectReadOnly;
    }) => {
      const node = source.node;
      const name =
        node instanceof Element
          ? `${node.localName}${node.id ? `#${node.id}` : ''}.${node.className.split(' ').slice(0, 3).join('.')}`
          : (node?.nodeName ?? 'a pseudo-element');
      const rect = (r: DOMRectReadOnly) =>
        `${String(Math.round(r.x))},${String(Math.round(r.y))} ${String(Math.round(r.width))}×${String(Math.round(r.height))}`;
      return `${name}: ${rect(source.previousRect)} → ${rect(source.currentRect)}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as PerformanceEntry & {
          value: number;
          sources?: Parameters<typeof describe>[0][];
        };
        const fontsReady = document.fonts.status === 'loaded' ? 'fonts loaded' : 'fonts loading';
        shifts.push({
          value: shift.value,
          startTime: shift.startTime,
          sources: [
            `at ${String(Math.round(shift.startTime))} ms, ${fontsReady}`,
            ...(shift.sources ?? []).map(describe),
          ],
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const recorded = (page: Page) =>
  page.evaluate(() => (window as unknown as { __layoutShifts: Recorded[] }).__layoutShifts);

/** The sum of the layout shifts recorded on the current page so far (its CLS, without session windows). */
export async function layoutShiftTotal(page: Page) {
  return (await recorded(page)).reduce((sum, shift) => sum + shift.value, 0);
}

/** Each layout shift recorded on the current page so far: when, and what moved from where to where. */
export async function layoutShiftSources(page: Page) {
  return described(await recorded(page));
}

const described = (shifts: Recorded[]) => shifts.map((shift) => shift.sources.join('; '));

/** The layout shifts recorded since the app marked the page live (html[data-hydrated]), described as above. */
export async function layoutShiftSourcesOnceLive(page: Page) {
  const liveAt = await page.evaluate(() => (window as unknown as { __liveAt?: number }).__liveAt);
  if (liveAt === undefined) throw new Error('the page was never marked live');
  return described((await recorded(page)).filter((shift) => shift.startTime >= liveAt));
}
