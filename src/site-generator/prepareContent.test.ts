// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ContentError } from './loadContent';
import { prepareContent } from './prepareContent';

const sampleContent = fileURLToPath(new URL('../../public/content', import.meta.url));

describe('prepareContent with a deployment address', () => {
  it('publishes site.json with that address and derives every absolute URL from it', async () => {
    const prepared = await prepareContent(sampleContent, '/content', {
      siteUrl: 'https://me.github.io/fork/',
    });
    const site = JSON.parse(prepared.files.get('/content/site.json')?.contents ?? '{}') as { url: string };
    expect(site.url).toBe('https://me.github.io/fork/');
    const sitemap = prepared.files.get('/sitemap.xml')?.contents ?? '';
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc ?? '');
    expect(locations.length).toBeGreaterThan(10);
    for (const loc of locations) expect(loc.startsWith('https://me.github.io/fork/')).toBe(true);
  });

  it('publishes site.json as written when no address is set', async () => {
    const prepared = await prepareContent(sampleContent, '/content');
    expect(prepared.files.has('/content/site.json')).toBe(false);
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
