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
      before: { derived, linkInputs: everything.linkInputs },
    });

    expect([...kept.files.keys()]).toEqual([front]);
    expect(kept.files.get(front)).toEqual(everything.files.get(front));
    expect(Object.keys(kept.digests)).toEqual([...everything.files.keys()].sort());
    expect(kept.digests).toEqual(everything.digests);
    expect(kept.digests[front]).toBe(digestOf(everything.files.get(front)?.contents ?? ''));
  });

  it('makes a links document again only when its inputs changed', async () => {
    const { digests: sources } = await readContentFolder(sampleContent);
    const everything = await prepareContent(sampleContent, '/content', {}, undefined, { sources });
    const links = Object.keys(everything.linkInputs);
    const [first = '', second = ''] = links;
    expect(links).toHaveLength(articleFiles(sources).length);
    // The record says these two were something else: one made from the same inputs, one not.
    const derived = { ...everything.digests, [first]: 'recorded', [second]: 'recorded' };
    const linkInputs = { ...everything.linkInputs, [second]: 'other inputs' };
    const again = await prepareContent(sampleContent, '/content', {}, undefined, {
      sources,
      before: { derived, linkInputs },
    });

    expect(again.digests[first]).toBe('recorded');
    expect(again.files.has(first)).toBe(false);
    expect(again.digests[second]).toBe(everything.digests[second]);
    expect(again.files.get(second)).toEqual(everything.files.get(second));
    expect(again.linkInputs).toEqual(everything.linkInputs);
  });

  it('gives a links document other inputs when an article it shows changes', async () => {
    const { digests: sources } = await readContentFolder(sampleContent);
    const everything = await prepareContent(sampleContent, '/content', {}, undefined, { sources });
    const [edited = ''] = articleFiles(sources);
    const changed = await prepareContent(sampleContent, '/content', {}, undefined, {
      sources: { ...sources, [edited]: 'an edit' },
    });
    const differ = Object.keys(everything.linkInputs).filter(
      (file) => changed.linkInputs[file] !== everything.linkInputs[file],
    );
    expect(differ).toContain(`/content/article-links/${edited.slice('articles/'.length)}`);
    expect(differ.length).toBeGreaterThan(1);
    expect(differ.length).toBeLessThan(articleFiles(sources).length);
  });
});
