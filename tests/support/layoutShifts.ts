import type { Page } from '@playwright/test';

type Recorded = { value: number; sources: string[] };

/** From the next page load on, records every layout shift the page reports (before any of its script runs). */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    Object.defineProperty(window, '__layoutShifts', { value: shifts });
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
  return (await recorded(page)).map((shift) => shift.sources.join('; '));
}
