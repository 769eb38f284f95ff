import type { Page } from '@playwright/test';

/** From the next page load on, records every layout shift the page reports (before any of its script runs). */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.defineProperty(window, '__layoutShifts', { value: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum of the layout shifts recorded on the current page so far (its CLS, without session windows). */
export async function layoutShiftTotal(page: Page) {
  const shifts = await page.evaluate(
    () => (window as unknown as { __layoutShifts: number[] }).__layoutShifts,
  );
  return shifts.reduce((sum, value) => sum + value, 0);
}
