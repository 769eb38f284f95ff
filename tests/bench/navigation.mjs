// Client-side navigation from a section page to an article: click to headline painted and to hero loaded.
import { waitForHydration } from './browser.mjs';

/**
 * The four ways the benchmark clicks: with and without hover prefetch, each
 * with the hero as the section page leaves it (its card thumbnail is often the
 * same file, already in the memory cache) and with a cold hero, whose file the
 * page never loaded before the hover or click.
 */
export const NAVIGATION_MODES = [
  { key: 'prefetch', label: 'With hover prefetch', hovers: true, coldHero: false },
  { key: 'none', label: 'Without prefetch', hovers: false, coldHero: false },
  { key: 'prefetch-cold', label: 'With hover prefetch, cold hero', hovers: true, coldHero: true },
  { key: 'none-cold', label: 'Without prefetch, cold hero', hovers: false, coldHero: true },
];

/**
 * The paths of a hero's files: the image itself and its width and format
 * variants (`images/variants/{name}-{width}.{format}`), so a card that shows
 * a smaller variant of the same photo counts too.
 */
export function heroFilePattern(heroSrc) {
  const name =
    heroSrc
      .split('/')
      .at(-1)
      ?.replace(/\.[a-z0-9]+$/i, '') ?? heroSrc;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`/images/(?:${escaped}|variants/${escaped}-\\d+)\\.[a-z0-9]+$`, 'i');
}

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
        result.heroLoadedBefore = loadedBefore.has(hero.currentSrc || hero.src);
        settleHero();
      } else result.hero = Number.NaN;
    };
    const observer = new MutationObserver(look);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    document.addEventListener('load', handleLoad, true);
    setTimeout(() => done({ ...result, error: `timed out after ${String(timeoutMs)} ms` }), timeoutMs);
    // Only files that arrived: a request the benchmark refused (a cold hero) leaves an empty entry.
    const loadedBefore = new Set(
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.decodedBodySize > 0)
        .map((entry) => entry.name),
    );
    start = performance.now();
    link.click();
    look();
  });
}

const isArticleJson = (articleId) => (url) =>
  new URL(url).pathname.endsWith(`/content/articles/${articleId}.json`);

/** Whether the page has received any of the hero's files (a refused request leaves an empty entry). */
function hasHeroFile(page, pattern) {
  return page.evaluate(
    (source) =>
      performance
        .getEntriesByType('resource')
        .some(
          (entry) => entry.decodedBodySize > 0 && new RegExp(source, 'i').test(new URL(entry.name).pathname),
        ),
    pattern.source,
  );
}

/**
 * One click in a fresh context. For a cold hero, every request for one of the
 * hero's files is refused while the section page loads and hydrates (its card
 * thumbnail stays empty), then allowed again before the hover or click: the
 * same article, but its picture has to come over the network as it would for
 * a story whose picture the reader has not seen.
 */
async function oneRun(browser, origin, target, mode) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const articleRequests = [];
    const matches = isArticleJson(target.articleId);
    page.on('request', (request) => {
      if (matches(request.url())) articleRequests.push(request);
    });
    const heroPattern = heroFilePattern(target.heroSrc);
    const isHero = (url) => heroPattern.test(url.pathname);
    if (mode.coldHero) await context.route(isHero, (route) => route.abort('blockedbyclient'));
    await page.goto(new URL(target.from, origin).href);
    await waitForHydration(page);
    if (mode.coldHero) {
      await context.unroute(isHero);
      if (await hasHeroFile(page, heroPattern)) return { error: 'the cold hero was loaded before the click' };
    }
    const link = page.locator(`a[href="${target.to}"]`).first();
    if (mode.hovers) {
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

/** Runs each mode `runs` times, alternating so drift in the machine's load hits all alike. */
export async function measureNavigation(browser, origin, target, runs) {
  const modes = NAVIGATION_MODES.map((mode) => ({ ...mode, runs: [], failures: [] }));
  for (let run = 0; run < runs; run += 1) {
    for (const mode of modes) {
      const result = await oneRun(browser, origin, target, mode).catch((error) => ({
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
