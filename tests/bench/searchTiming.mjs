// In the browser, one search as a reader makes it on a fresh load: type a query, then refine it,
// timing each from the last keystroke to the frame after its results are on screen.

/** Records keystrokes and the paint of each query's results in the page (runs there, before typing). */
function instrument() {
  const marks = { lastKey: Number.NaN, painted: {} };
  window.__searchMarks = marks;
  document.addEventListener('keydown', () => (marks.lastKey = performance.now()), { capture: true });
  new MutationObserver(() => {
    const line = document.querySelector('main')?.textContent ?? '';
    for (const match of line.matchAll(/results? for “([^”]*)”/g)) {
      const query = match[1];
      if (query in marks.painted) continue;
      marks.painted[query] = Number.NaN;
      // The frame after the results are in the DOM: they are on screen.
      requestAnimationFrame(() => setTimeout(() => (marks.painted[query] = performance.now()), 0));
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

async function typeAndTime(page, text, query) {
  await page.keyboard.type(text, { delay: 40 });
  const lastKey = await page.evaluate(() => window.__searchMarks.lastKey);
  await page.waitForFunction((q) => Number.isFinite(window.__searchMarks.painted[q]), query, {
    timeout: 30_000,
  });
  return (await page.evaluate((q) => window.__searchMarks.painted[q], query)) - lastKey;
}

/**
 * One run in a fresh browser context (empty cache): opens /search, types `first`, then refines it
 * with `refinement`. Bytes are what Pagefind fetched (everything below pagefind/, as sent) up to
 * the first results.
 */
export async function timeSearch(browser, origin, { first, refinement }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.includes('/pagefind/')) return;
    fetched.push(
      request.sizes().then((sizes) => ({
        url: request.url(),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      })),
    );
  });
  try {
    await page.goto(`${origin}/search`);
    await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 15_000 });
    await page.evaluate(instrument);
    await page.getByRole('searchbox').focus();
    const freshMs = await typeAndTime(page, first, first);
    const firstQuery = await Promise.all(fetched);
    const refinedMs = await typeAndTime(page, refinement, `${first}${refinement}`);
    return {
      freshMs,
      refinedMs,
      firstQueryBytes: firstQuery.reduce((sum, { bytes }) => sum + bytes, 0),
      firstQueryRequests: firstQuery.length,
    };
  } finally {
    await context.close();
  }
}
