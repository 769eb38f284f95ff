// Bytes each route transfers on first load, and the JS the article runs before it is interactive.
import path from 'node:path';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { waitForHydration } from './browser.mjs';
import { getRaw } from './server.mjs';

const byExtension = {
  '.html': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.json': 'json',
  '.svg': 'image',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.gif': 'image',
  '.ico': 'image',
};
const byResourceType = { document: 'html', stylesheet: 'css', script: 'js', image: 'image' };

function classify(url, resourceType) {
  return byResourceType[resourceType] ?? byExtension[path.extname(new URL(url).pathname)] ?? 'other';
}

/** The body bytes nginx sends for a URL with each encoding. */
async function transferSizes(url) {
  const [gzip, br] = await Promise.all(
    ['gzip', 'br'].map((encoding) => getRaw(url, url, { 'Accept-Encoding': encoding })),
  );
  for (const response of [gzip, br]) {
    if (response.status !== 200) throw new Error(`${url} answered ${String(response.status)}`);
  }
  // Issue 15's measure: the same file with plain `gzip -9` (nginx sends the build's stronger zopfli copy).
  const gzip9 =
    gzip.headers['content-encoding'] === 'gzip'
      ? gzipSync(gunzipSync(gzip.body), { level: constants.Z_BEST_COMPRESSION }).length
      : gzip.body.length;
  return { gzip: gzip.body.length, br: br.body.length, gzip9 };
}

/** Loads a route in a fresh context until hydrated and lists every request with its size. */
async function loadRoute(browser, origin, routePath) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) =>
      requests.push({ url: request.url(), resourceType: request.resourceType() }),
    );
    const response = await page.goto(new URL(routePath, origin).href);
    if (response?.status() !== 200) throw new Error(`${routePath} answered ${String(response?.status())}`);
    const hydration = await waitForHydration(page);
    const scriptTimings = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, startTime: entry.startTime })),
    );
    const unique = [...new Map(requests.map((request) => [request.url, request])).values()];
    const resources = [];
    for (const request of unique) {
      resources.push({
        ...request,
        type: classify(request.url, request.resourceType),
        ...(await transferSizes(request.url)),
      });
    }
    return { resources, hydration, scriptTimings };
  } finally {
    await context.close();
  }
}

/** The JS files requested before hydration had finished; later ones (user action only) are reported apart. */
function jsBeforeInteractive(loaded) {
  const started = new Map(loaded.scriptTimings.map((entry) => [entry.url, entry.startTime]));
  const scripts = loaded.resources.filter((resource) => resource.type === 'js');
  // Timings are read right after hydration: a script with no entry yet was requested later.
  const isEarly = (resource) =>
    (started.get(resource.url) ?? Number.POSITIVE_INFINITY) <= loaded.hydration.hydratedAtMs;
  return {
    files: scripts.filter(isEarly).map(({ url, gzip, br, gzip9 }) => ({ url, gzip, br, gzip9 })),
    later: scripts.filter((resource) => !isEarly(resource)).map((resource) => resource.url),
    hydratedAtMs: loaded.hydration.hydratedAtMs,
  };
}

export async function measureBytes(browser, origin, routes) {
  const results = [];
  let js = null;
  for (const route of routes) {
    const loaded = await loadRoute(browser, origin, route.path);
    results.push({ label: route.label, path: route.path, resources: loaded.resources });
    if (route.isArticle) js = { path: route.path, ...jsBeforeInteractive(loaded) };
  }
  const problems = js?.later.length
    ? [`JS requested after the article had hydrated (not counted): ${js.later.join(', ')}`]
    : [];
  return { routes: results, js, problems };
}
