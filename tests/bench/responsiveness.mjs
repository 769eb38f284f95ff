// Taps on the article while it loads under a 4× CPU slowdown: input to next paint, and whether the tap took effect.
import { setTimeout as delay } from 'node:timers/promises';
import { waitForHydration } from './browser.mjs';
import { installTapProbe, readTapProbe } from './tapProbe.mjs';

export const CONTROLS = [
  { key: 'save', label: 'Save' },
  { key: 'display', label: 'Display' },
  { key: 'share', label: 'Share menu' },
];
export const TAP_DELAYS_MS = [100, 300, 1000];
const CPU_SLOWDOWN = 4;
// Lighthouse's phone screen size, so the controls sit where they do for its runs; not `isMobile`,
// whose zoom until the page's viewport tag is read would move every control under an early click.
const contextOptions = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 };
const nowEpochMs = () => performance.timeOrigin + performance.now();

/** Where each control sits once the page has settled (no slowdown): the prerendered layout does not shift. */
async function findPositions(browser, url) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.addInitScript(installTapProbe);
    await page.goto(url);
    await waitForHydration(page);
    return Object.fromEntries(
      await Promise.all(
        CONTROLS.map(async ({ key }) => [
          key,
          await page.evaluate((name) => window.__tapProbe.rect(name), key),
        ]),
      ),
    );
  } finally {
    await context.close();
  }
}

/** A mouse click as one quick press and release, stamped when sent, whether or not the page is busy. */
function click(cdp, { x, y }) {
  const base = { x, y, button: 'left', clickCount: 1, timestamp: nowEpochMs() / 1000 };
  return Promise.all([
    cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...base }),
    cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...base }),
  ]);
}

/** The control's state shown by the app some time after it is interactive (a lazy panel may still be loading). */
async function waitForEffect(page, key) {
  await page
    .waitForFunction((name) => window.__tapProbe.describe(name).hasEffect, key, { timeout: 3000 })
    .catch(() => undefined);
  // Event Timing entries arrive after the next paint: give them two frames.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

const probeWait = (page, fn, arg, timeout, message) =>
  page.waitForFunction(fn, arg, { timeout }).catch(() => {
    throw new Error(message);
  });
const controlRect = (page, key) =>
  probeWait(
    page,
    (name) => window.__tapProbe.rect(name),
    key,
    15_000,
    'the control did not appear within 15 s',
  );
const tapsSeen = (page, count, timeout = 15_000) =>
  probeWait(
    page,
    (seen) => window.__tapProbe.taps.length > seen,
    count,
    timeout,
    `the page saw no click within ${String(timeout)} ms`,
  );

/**
 * A click at the aimed moment, at the control's settled place. Returns null if
 * it reached the control, else why not: no document yet, the browser dropped
 * it (Chromium passes no input to a page before its first paint), or it landed
 * on something else because the control was not laid out there yet.
 */
async function clickAtAimedTime(page, cdp, key, position, isCommitted) {
  if (!isCommitted()) return 'the previous page (no document yet)';
  await click(cdp, position);
  await controlRect(page, key);
  // Input is handled before the frame the wait above saw, so a click that reached the page has arrived by now.
  const arrived = await tapsSeen(page, 0, 300).then(
    () => true,
    () => false,
  );
  if (!arrived) return 'nothing (dropped before the first paint)';
  const first = await page.evaluate(() => window.__tapProbe.taps[0]);
  return first.hit === key ? null : first.landedOn;
}

/** One tap in a fresh context: navigate under the slowdown, click at `delayMs` after navigation start, read the probe. */
async function tapOnce(browser, url, { control, delayMs }, positions) {
  const context = await browser.newContext(contextOptions);
  try {
    const page = await context.newPage();
    await page.addInitScript(installTapProbe);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    // The document request's start, on the browser's clock (the same as this process's): asking the
    // page for its time origin would wait for its main thread, which may be busy by then.
    await cdp.send('Network.enable');
    const started = new Promise((resolve) => {
      cdp.on('Network.requestWillBeSent', (event) => {
        if (event.type === 'Document') resolve(event.wallTime * 1000);
      });
    });
    let isCommitted = false;
    const navigated = page.goto(url, { waitUntil: 'commit' }).then(() => {
      isCommitted = true;
    });
    await delay(Math.max(0, (await started) + delayMs - nowEpochMs()));
    const missed = await clickAtAimedTime(page, cdp, control, positions[control], () => isCommitted);
    await navigated;
    if (missed) {
      // Tap it again as soon as it is there; the real time of that tap counts.
      const taps = await page.evaluate(() => window.__tapProbe.taps.length);
      await click(cdp, await (await controlRect(page, control)).jsonValue());
      await tapsSeen(page, taps);
    }
    await waitForHydration(page, 20_000);
    await waitForEffect(page, control);
    const result = await page.evaluate(readTapProbe, control);
    if (result.error) return result;
    // Two clicks on a toggle undo each other: such a run says nothing about the first.
    if (result.taps.filter((tap) => tap.hit === control).length > 1)
      return { error: 'the first click reached the control after all, so it was clicked twice' };
    return { ...result, missed, delayMs };
  } finally {
    await context.close();
  }
}

/**
 * `runs` taps per control and delay, interleaved so that drift in the
 * machine's load touches every cell alike. Each result keeps the raw probe
 * reading; the report derives lost taps and INP from it.
 */
export async function measureResponsiveness(browser, origin, articlePath, runs, log) {
  const url = new URL(articlePath, origin).href;
  const positions = await findPositions(browser, url);
  const problems = [];
  for (const control of CONTROLS)
    if (!positions[control.key])
      problems.push(`Responsiveness: no ${control.label} control on ${articlePath}`);
  const cells = CONTROLS.filter((control) => positions[control.key]).flatMap((control) =>
    TAP_DELAYS_MS.map((delayMs) => ({
      control: control.key,
      label: control.label,
      delayMs,
      runs: [],
      failures: [],
    })),
  );
  for (let run = 1; run <= runs; run += 1) {
    log(`responsiveness run ${String(run)}/${String(runs)} (${String(cells.length)} taps)`);
    for (const cell of cells) {
      const result = await tapOnce(browser, url, cell, positions).catch((error) => ({
        error: String(error).split('\n')[0],
      }));
      if (result.error) cell.failures.push(result.error);
      else cell.runs.push(result);
    }
  }
  for (const cell of cells)
    for (const failure of new Set(cell.failures))
      problems.push(`Responsiveness ${cell.control} at ${String(cell.delayMs)} ms: ${failure}`);
  return { path: articlePath, cpuSlowdown: CPU_SLOWDOWN, positions, cells, problems };
}
