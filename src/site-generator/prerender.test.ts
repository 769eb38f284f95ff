// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PAGES_PER_WORKER, renderRoutesInOrder, type RenderSettings } from './prerender';
import type { RenderedFile } from './prerenderWorker';
import type { Route } from './siteRoutes';

const routesNamed = (prefix: string, count: number): Route[] =>
  Array.from({ length: count }, (_, index) => ({
    url: `/${prefix}/${String(index)}`,
    file: `${prefix}/${String(index)}/index.html`,
  }));

/** A renderer that logs when each call starts and ends, and takes a turn of the event loop to render. */
function loggingRenderer() {
  const log: string[] = [];
  const render = async (_settings: RenderSettings, routes: readonly Route[]): Promise<RenderedFile[]> => {
    const name = `${String(routes.length)} pages from ${routes[0]?.file ?? 'none'}`;
    log.push(`start ${name}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.push(`end ${name}`);
    return routes.map(({ file }) => ({ file, inputs: [] }));
  };
  return { log, render };
}

// Never read: the logging renderer stands in for the workers that would use it.
const settings: RenderSettings = {
  contentBase: '/content',
  contentFolder: '/content',
  rendererDir: 'renderer',
  base: '/',
  outDir: 'dist',
  manifestFile: 'manifest.json',
  template: '<html></html>',
  language: 'en',
  offlineScript: '/offline.js',
};

describe('renderRoutesInOrder', () => {
  it('renders a few pages in one call, articles first', async () => {
    const { log, render } = loggingRenderer();
    const articles = routesNamed('news', 3);
    const listings = routesNamed('section', 2);

    const files = (await renderRoutesInOrder(settings, [articles, listings], render)).map(({ file }) => file);

    expect(log).toEqual(['start 5 pages from news/0/index.html', 'end 5 pages from news/0/index.html']);
    expect(files).toEqual([...articles, ...listings].map(({ file }) => file));
  });

  it('renders many pages group by group, each only once the one before it is written', async () => {
    const { log, render } = loggingRenderer();
    const articles = routesNamed('news', PAGES_PER_WORKER);
    const listings = routesNamed('section', 3);

    const { length } = await renderRoutesInOrder(settings, [articles, listings], render);

    expect(log).toEqual([
      `start ${String(PAGES_PER_WORKER)} pages from news/0/index.html`,
      `end ${String(PAGES_PER_WORKER)} pages from news/0/index.html`,
      'start 3 pages from section/0/index.html',
      'end 3 pages from section/0/index.html',
    ]);
    expect(length).toBe(PAGES_PER_WORKER + 3);
  });
});
