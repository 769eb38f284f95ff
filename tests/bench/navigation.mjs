// Client-side navigation from a section page to an article: click to headline painted and to hero loaded.
import { waitForHydration } from './browser.mjs';

/**
 * Runs inside the page: clicks the link and resolves with the ms from just
 * before the click to the frame after the headline appeared, and to the load
 * of the article's hero image.
 */
function clickAndTime({ href, headline, timeoutMs }) {
  return new Promise((resolve) => {
    const link = document.querySelector(`a[href="${href}"]`);
    if (!link) {
      resolve({ error: `no link to ${href}` });
      return;
    }
    const result = {};
    let start = 0;
    let hero = null;
    // load does not bubble, but it can be caught on the way down; a cached image still fires it.
    const loadedAt = new Map();
    const handleLoad = (event) => {
      loadedAt.set(event.target, performance.now() - start);
      if (event.target === hero) settleHero();
    };
    const done = (outcome) => {
      observer.disconnect();
      document.removeEventListener('load', handleLoad, true);
      resolve(outcome);
    };
    const finish = () => {
      if (result.headline !== undefined && result.hero !== undefined) done(result);
    };
    const settleHero = () => {
      if (result.hero !== undefined || !loadedAt.has(hero)) return;
      result.hero = loadedAt.get(hero);
      finish();
    };
    // A message posted from requestAnimationFrame arrives after that frame is painted.
    const afterPaint = (callback) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = callback;
        channel.port2.postMessage(null);
      });
    const look = () => {
      if (result.headlineInDom !== undefined) return;
      const heading = [...document.querySelectorAll('h1')].find((h1) => h1.textContent?.trim() === headline);
      if (!heading) return;
      result.headlineInDom = performance.now() - start;
      afterPaint(() => {
        result.headline = performance.now() - start;
        finish();
      });
      hero = heading.closest('article')?.querySelector('figure img') ?? null;
      if (hero) {
        result.heroWasOnSection = loadedBefore.has(hero.currentSrc || hero.src);
        settleHero();
      } else result.hero = Number.NaN;
    };
    const observer = new MutationObserver(look);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    document.addEventListener('load', handleLoad, true);
    setTimeout(() => done({ ...result, error: `timed out after ${String(timeoutMs)} ms` }), timeoutMs);
    const loadedBefore = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
    start = performance.now();
    link.click();
    look();
  });
}

const isArticleJson = (articleId) => (url) =>
  new URL(url).pathname.endsWith(`/content/articles/${articleId}.json`);

async function oneRun(browser, origin, target, withPrefetch) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const articleRequests = [];
    const matches = isArticleJson(target.articleId);
    page.on('request', (request) => {
      if (matches(request.url())) articleRequests.push(request);
    });
    await page.goto(new URL(target.from, origin).href);
    await waitForHydration(page);
    const link = page.locator(`a[href="${target.to}"]`).first();
    if (withPrefetch) {
      const arrived = page.waitForResponse((response) => matches(response.url()));
      await link.hover();
      await (await arrived).finished();
    } else if (articleRequests.length > 0) {
      return { error: 'the article JSON was requested before the click' };
    }
    return await page.evaluate(clickAndTime, {
      href: target.to,
      headline: target.headline,
      timeoutMs: 10_000,
    });
  } finally {
    await context.close();
  }
}

/** Runs each mode `runs` times, alternating so drift in the machine's load hits both alike. */
export async function measureNavigation(browser, origin, target, runs) {
  const modes = [
    { key: 'prefetch', label: 'With hover prefetch', runs: [], failures: [] },
    { key: 'none', label: 'Without prefetch', runs: [], failures: [] },
  ];
  for (let run = 0; run < runs; run += 1) {
    for (const mode of modes) {
      const result = await oneRun(browser, origin, target, mode.key === 'prefetch').catch((error) => ({
        error: String(error).split('\n')[0],
      }));
      if (result.error) mode.failures.push(result.error);
      else mode.runs.push(result);
    }
  }
  const problems = modes.flatMap((mode) =>
    [...new Set(mode.failures)].map((failure) => `Navigation ${mode.label.toLowerCase()}: ${failure}`),
  );
  return { from: target.from, to: target.to, modes, problems };
}
