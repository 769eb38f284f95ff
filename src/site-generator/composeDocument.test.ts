// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { composeDocument, type RenderedPage } from './composeDocument';

// The shape of Vite's built index.html: the entry in the head, a modulepreload for a chunk it imports.
const template = `<html lang="en"><head><title>x</title><script>early()</script>
<script type="module" crossorigin src="/broadsheet/assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="/broadsheet/assets/shared-b2.js">
<link rel="stylesheet" crossorigin href="/broadsheet/assets/index-c3.css"></head>
<body><div id="root"></div></body></html>`;
const page: RenderedPage = { html: '<h1>Hi</h1>', head: '<title>Hi</title>', state: {}, routeSources: [] };
const routeAssets = {
  styleTags: '<link rel="stylesheet" crossorigin href="/broadsheet/assets/route-d4.css">',
  scripts: ['/broadsheet/assets/HomeRoute-e5.js'],
};

const appScripts = (html: string): unknown =>
  JSON.parse(/<script type="application\/json" id="app-scripts">(.*?)<\/script>/.exec(html)?.[1] ?? 'null');

describe('composeDocument', () => {
  it('lists the entry and every chunk to preload as data, and runs no module script before the first paint', () => {
    const html = composeDocument(template, page, { url: '/', language: 'en', routeAssets });

    expect(appScripts(html)).toEqual({
      entry: '/broadsheet/assets/index-a1.js',
      preload: ['/broadsheet/assets/shared-b2.js', '/broadsheet/assets/HomeRoute-e5.js'],
    });
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('modulepreload');
    // The route's styles stay in the head: the prerendered page needs them to paint.
    expect(html).toContain(routeAssets.styleTags);
    expect(html).toContain('<script>early()</script>');
  });

  it('gives a page the app must not take over its own module script and no list', () => {
    const html = composeDocument(template, page, {
      url: '/offline',
      language: 'en',
      routeAssets,
      script: '/broadsheet/assets/offline-f6.js',
    });

    expect(appScripts(html)).toBeNull();
    expect(html).toContain('<script type="module" src="/broadsheet/assets/offline-f6.js"></script>');
  });

  it('leaves a page that is only read without the app and without a blank line where its scripts were', () => {
    const html = composeDocument(template, page, {
      url: '/410',
      language: 'en',
      routeAssets: { styleTags: '', scripts: [] },
      script: null,
    });

    expect(appScripts(html)).toBeNull();
    expect(html).not.toContain('type="module"');
    expect(html).not.toContain('<!--app-scripts-->');
    expect(html).not.toMatch(/\n[ \t]*\n/);
  });
});
