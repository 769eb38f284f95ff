import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { parse } from 'node-html-parser';
import { SaxesParser } from 'saxes';
import { readWithFeedparser } from '../support/feedparser';
import { articles, listing, site } from '../support/sampleContent';
import { expect, test } from '../support/test';

/**
 * Feeds, sitemaps and robots.txt as the production nginx serves them, and as
 * strict readers take them: a feed reader trusts the Content-Type's charset
 * over the XML declaration, so a missing charset turns UTF-8 into US-ASCII.
 */
const dist = path.resolve(import.meta.dirname, '../../dist');
const built = readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort();

/** Every feed a page names in its head, and every feed the build wrote. */
const feeds = [
  ...new Set([
    ...built
      .filter((file) => file.endsWith('.html'))
      .flatMap((page) =>
        parse(readFileSync(path.join(dist, page), 'utf8'))
          .querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]')
          .map((link) => new URL(link.getAttribute('href') ?? '', site.url).pathname),
      ),
    ...built.filter((file) => file.startsWith('feeds/') && file.endsWith('.xml')).map((file) => `/${file}`),
  ]),
].sort();
const sitemaps = [
  '/sitemap.xml',
  ...built.filter((file) => file.startsWith('sitemaps/')).map((file) => `/${file}`),
];

/** What every response carries, whatever its type. */
const SHARED_HEADERS = [
  'cache-control',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'strict-transport-security',
];

/** nginx's gzip_min_length (serverConfig.ts): gzip sends a shorter file as it is (brotli's own minimum is 20 bytes). */
const SHORTEST_GZIPPED = 256;

async function expectServedAs(request: APIRequestContext, file: string, contentType: string) {
  const page = (await request.get('/')).headers();
  const isShort = readFileSync(path.join(dist, file)).length < SHORTEST_GZIPPED;
  for (const encoding of ['gzip', 'br']) {
    const response = await request.get(file, { headers: { 'Accept-Encoding': encoding } });
    const headers = response.headers();
    expect(response.status(), file).toBe(200);
    expect(headers['content-type'], file).toBe(contentType);
    expect(headers['content-encoding'], `${file} asked for ${encoding}`).toBe(
      encoding === 'gzip' && isShort ? undefined : encoding,
    );
    for (const name of SHARED_HEADERS) expect(headers[name], `${file}: ${name}`).toBe(page[name]);
  }
}

test('every feed is served as RSS in UTF-8, compressed, with the headers of every page', async ({
  request,
}) => {
  expect(feeds).toContain('/feeds/all.xml');
  for (const feed of feeds) await expectServedAs(request, feed, 'application/rss+xml; charset=utf-8');
});

test('the sitemap is served as XML in UTF-8, compressed, with the headers of every page', async ({
  request,
}) => {
  for (const sitemap of sitemaps) await expectServedAs(request, sitemap, 'application/xml; charset=utf-8');
});

test('the index names the pages’ sitemap, one sitemap per month of articles and the news sitemap', () => {
  expect(sitemaps).toEqual(
    expect.arrayContaining([
      '/sitemaps/pages.xml',
      '/sitemaps/news.xml',
      expect.stringMatching(/^\/sitemaps\/articles-\d{4}-\d{2}\.xml$/),
    ]),
  );
});

test('robots.txt is served as plain text in UTF-8 with the headers of every page', async ({ request }) => {
  const page = (await request.get('/')).headers();
  const headers = (await request.get('/robots.txt')).headers();
  // Its encoding is not checked: it is too short to gain from gzip (nginx's gzip_min_length).
  expect(headers['content-type']).toBe('text/plain; charset=utf-8');
  for (const name of SHARED_HEADERS) expect(headers[name], name).toBe(page[name]);
});

test('every XML file of the build is well-formed to a strict parser', () => {
  const files = built.filter((file) => file.endsWith('.xml'));
  expect(files).toEqual(expect.arrayContaining(['sitemap.xml', 'feeds/all.xml']));
  const errors: string[] = [];
  for (const file of files) {
    const parser = new SaxesParser({ xmlns: true, fileName: `dist/${file}` });
    parser.on('error', (error) => errors.push(error.message));
    parser.write(readFileSync(path.join(dist, file), 'utf8')).close();
  }
  expect(errors).toEqual([]);
});

test('Python feedparser reads every feed over HTTP without complaint, with entries where there are articles', async ({
  baseURL,
}) => {
  const results = await readWithFeedparser(feeds.map((feed) => new URL(feed, baseURL).toString()));
  const problems = results.flatMap(({ url, status, bozo, entries }) => {
    const name = path.basename(new URL(url).pathname, '.xml');
    const published = name === 'all' ? articles.length : listing(name).length;
    return [
      ...(status === 200 ? [] : [`${url}: HTTP ${String(status)}`]),
      ...(bozo ? [`${url}: bozo, ${bozo}`] : []),
      ...(published > 0 && entries === 0 ? [`${url}: no entries, though ${String(published)} articles`] : []),
    ];
  });
  expect(results).toHaveLength(feeds.length);
  expect(problems).toEqual([]);
});
