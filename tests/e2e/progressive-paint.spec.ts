import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { layoutShiftSources, recordLayoutShifts } from '../support/layoutShifts';
import { articlePath, listing, nth } from '../support/sampleContent';
import { expect, test, waitForApp } from '../support/test';

// A page that reaches the browser in pieces, as over a slow or lossy connection:
// whatever the browser paints before the rest has arrived must stay where it is.

const PAUSE_MS = 1_500;

/**
 * A server in front of the site that sends the page's HTML in two pieces, the
 * break inside the reader tools at the end of the masthead's row, with a pause
 * between them; everything else passes through as the site sends it.
 */
async function serveInPieces(siteOrigin: string, pagePath: string): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', siteOrigin), {
        headers: { 'accept-encoding': 'identity' },
        redirect: 'manual',
      });
      const headers = Object.fromEntries(
        [...upstream.headers].filter(
          ([name]) => !/^(content-(encoding|length)|transfer-encoding)$/.test(name),
        ),
      );
      response.writeHead(upstream.status, headers);
      const body = Buffer.from(await upstream.arrayBuffer());
      if (request.url !== pagePath) return void response.end(body);
      const html = body.toString('utf8');
      const cut = html.indexOf('>Saved<');
      if (cut < 0) throw new Error(`${pagePath} has no Saved link to break the page at`);
      response.write(html.slice(0, cut));
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      response.end(html.slice(cut));
    })().catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

for (const [name, pagePath] of [
  ['the front page', '/'],
  ['an article', `${articlePath(nth(listing('koreas'), 0))}/`],
] as const) {
  test(`${name} arriving in pieces paints no half-built masthead: nothing shifts`, async ({
    page,
    baseURL,
  }) => {
    const server = await serveInPieces(new URL(baseURL ?? '').origin, pagePath);
    try {
      const { port } = server.address() as AddressInfo;
      await recordLayoutShifts(page);
      await page.addInitScript(() => {
        // What the first paint showed of the masthead's row.
        new PerformanceObserver((list, observer) => {
          if (!list.getEntriesByName('first-paint').length) return;
          observer.disconnect();
          document.documentElement.dataset.firstPaintSaw = String(
            document.querySelector('header a[href$="/saved"]') !== null,
          );
        }).observe({ type: 'paint', buffered: true });
      });
      await page.goto(`http://127.0.0.1:${String(port)}${pagePath}`);
      await waitForApp(page);
      await page.waitForTimeout(300);

      expect(await layoutShiftSources(page)).toEqual([]);
      await expect(page.locator('html')).toHaveAttribute('data-first-paint-saw', 'true');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
}
