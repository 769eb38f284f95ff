// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { publishedSiteSchema } from '../features/content/contract/schema';
import { ContentError } from './loadContent';
import { prepareContent } from './prepareContent';
import { digestOf } from './publish/hashing';
import { readContentFolder } from './publish/outputDigests';

const sampleContent = fileURLToPath(new URL('../../public/content', import.meta.url));

describe('prepareContent with a deployment address', () => {
  it('publishes site.json with that address and derives every absolute URL from it', async () => {
    const prepared = await prepareContent(sampleContent, '/content', {
      siteUrl: 'https://me.github.io/fork/',
    });
    const site = JSON.parse(prepared.files.get('/content/site.json')?.contents ?? '{}') as { url: string };
    expect(site.url).toBe('https://me.github.io/fork/');
    const sitemaps = [...prepared.files].filter(
      ([file]) => file === '/sitemap.xml' || file.startsWith('/sitemaps/'),
    );
    const locations = sitemaps.flatMap(([, { contents }]) =>
      [...contents.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc ?? ''),
    );
    expect(locations.length).toBeGreaterThan(10);
    for (const loc of locations) expect(loc.startsWith('https://me.github.io/fork/')).toBe(true);
  });

  it('publishes site.json as written, with the list of the site’s pages, when no address is set', async () => {
    const written = JSON.parse(await readFile(`${sampleContent}/site.json`, 'utf8')) as Record<
      string,
      unknown
    >;
    const prepared = await prepareContent(sampleContent, '/content');

    const published: unknown = JSON.parse(prepared.files.get('/content/site.json')?.contents ?? '{}');

    expect(published).toEqual({
      ...written,
      pages: [
        { id: 'about', title: 'About Broadsheet' },
        { id: 'contact', title: 'Contact us' },
        { id: 'corrections', title: 'Corrections policy' },
        { id: 'privacy', title: 'Privacy' },
      ],
    });
    expect(v.parse(publishedSiteSchema, published).pages).toHaveLength(4);
  });

  it('refuses an address that is not a web address, naming the variable', async () => {
    await expect(prepareContent(sampleContent, '/content', { siteUrl: 'me.github.io' })).rejects.toThrow(
      ContentError,
    );
    await expect(prepareContent(sampleContent, '/content', { siteUrl: 'me.github.io' })).rejects.toThrow(
      /BROADSHEET_SITE_URL/,
    );
  });
});

describe('prepareContent against the record of a build', () => {
  const front = '/content/front.json';
  const articleFiles = (sources: Record<string, string>) =>
    Object.keys(sources).filter((file) => file.startsWith('articles/'));

  it('digests every derived file but keeps the contents of only those that changed', async () => {
    const { digests: sources } = await readContentFolder(sampleContent);
    const everything = await prepareContent(sampleContent, '/content', {}, undefined, { sources });
    const derived = { ...everything.digests, [front]: 'an older front page' };
    const kept = await prepareContent(sampleContent, '/content', {}, undefined, {
      sources,
      before: { sources, derived, documentInputs: everything.documentInputs },
    });

    expect([...kept.files.keys()]).toEqual([front]);
    expect(kept.files.get(front)).toEqual(everything.files.get(front));
    expect(Object.keys(kept.digests)).toEqual([...everything.files.keys()].sort());
    expect(kept.digests).toEqual(everything.digests);
    expect(kept.digests[front]).toBe(digestOf(everything.files.get(front)?.contents ?? ''));
  });

  const isLinks = (file: string) => file.startsWith('/content/article-links/');
  const isListing = (file: string) => /^\/content\/(sections|topics|authors)\//.test(file);
  const isMonthSitemap = (file: string) => file.startsWith('/sitemaps/articles-');

  it.each([
    ['a links document', isLinks],
    ['a listing page', isListing],
    ["a month's sitemap", isMonthSitemap],
  ])('makes %s again only when its inputs changed', async (_kind, isKind) => {
    const { digests: sources } = await readContentFolder(sampleContent);
    const everything = await prepareContent(sampleContent, '/content', {}, undefined, { sources });
    const planned = Object.keys(everything.documentInputs);
    expect(planned.filter(isLinks)).toHaveLength(articleFiles(sources).length);
    const listings = Object.keys(everything.digests).filter(isListing);
    expect(listings.length).toBeGreaterThan(10);
    expect(planned.filter(isListing).sort()).toEqual(listings);
    expect(planned.filter(isMonthSitemap)).toEqual(Object.keys(everything.digests).filter(isMonthSitemap));
    const [first = '', second = ''] = planned.filter(isKind);
    // The record says these two were something else: one made from the same inputs, one not.
    const derived = { ...everything.digests, [first]: 'recorded', [second]: 'recorded' };
    const documentInputs = { ...everything.documentInputs, [second]: 'other inputs' };
    const again = await prepareContent(sampleContent, '/content', {}, undefined, {
      sources,
      before: { sources, derived, documentInputs },
    });

    expect(again.digests[first]).toBe('recorded');
    expect(again.files.has(first)).toBe(false);
    expect(again.digests[second]).toBe(everything.digests[second]);
    expect(again.files.get(second)).toEqual(everything.files.get(second));
    expect(again.documentInputs).toEqual(everything.documentInputs);
  });

  it('gives the links documents and listing pages that show an article other inputs when it changes', async () => {
    const { digests: sources } = await readContentFolder(sampleContent);
    const everything = await prepareContent(sampleContent, '/content', {}, undefined, { sources });
    const [edited = ''] = articleFiles(sources);
    const changed = await prepareContent(sampleContent, '/content', {}, undefined, {
      sources: { ...sources, [edited]: 'an edit' },
    });
    const differ = Object.keys(everything.documentInputs).filter(
      (file) => changed.documentInputs[file] !== everything.documentInputs[file],
    );
    const id = edited.slice('articles/'.length, -'.json'.length);
    expect(differ).toContain(`/content/article-links/${id}.json`);
    expect(differ.filter(isLinks).length).toBeGreaterThan(1);
    expect(differ.filter(isLinks).length).toBeLessThan(articleFiles(sources).length);
    // Exactly the listing pages whose stories include it.
    const showing = [...everything.files]
      .filter(([file]) => isListing(file))
      .filter(([, { contents }]) =>
        (JSON.parse(contents) as { items: { id: string }[] }).items.some((item) => item.id === id),
      )
      .map(([file]) => file);
    expect(showing.length).toBeGreaterThan(1);
    expect(differ.filter(isListing).sort()).toEqual(showing.sort());
  });
});
