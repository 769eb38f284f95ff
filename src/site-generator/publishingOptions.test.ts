// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { publishingProblems, readBasePath } from './publishingOptions';

describe('readBasePath', () => {
  let contentDir = '';
  beforeEach(async () => {
    contentDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-base-'));
  });
  afterEach(async () => {
    await rm(contentDir, { recursive: true, force: true });
  });
  const writeSite = (site: unknown) => writeFile(path.join(contentDir, 'site.json'), JSON.stringify(site));

  it('is the path of site.json url', async () => {
    await writeSite({ url: 'https://example.github.io/broadsheet' });
    expect(readBasePath(contentDir, {})).toBe('/broadsheet/');
    await writeSite({ url: 'https://news.example' });
    expect(readBasePath(contentDir, {})).toBe('/');
  });

  it('follows the deployment address when one is set', async () => {
    await writeSite({ url: 'https://news.example' });
    expect(readBasePath(contentDir, { siteUrl: 'https://me.github.io/fork/' })).toBe('/fork/');
  });

  it('is the root when site.json cannot say, leaving the content check to explain why', async () => {
    expect(readBasePath(contentDir, {})).toBe('/');
    await writeFile(path.join(contentDir, 'site.json'), '{ not json');
    expect(readBasePath(contentDir, {})).toBe('/');
    await writeSite({ url: 'javascript:alert(1)' });
    expect(readBasePath(contentDir, {})).toBe('/');
  });
});

describe('publishingProblems', () => {
  it('accepts web addresses, and site paths for the content base', () => {
    expect(
      publishingProblems({ siteUrl: 'https://me.github.io/fork/', contentBase: 'https://c.example/v1' }),
    ).toEqual([]);
    expect(publishingProblems({ contentBase: '/content' })).toEqual([]);
  });

  it.each([
    [{ siteUrl: 'me.github.io/fork' }, /^BROADSHEET_SITE_URL: /],
    [{ siteUrl: 'ftp://me.example/' }, /^BROADSHEET_SITE_URL: /],
    [{ contentBase: 'content' }, /^BROADSHEET_CONTENT_BASE: /],
    [{ contentBase: '//cdn.example/content' }, /^BROADSHEET_CONTENT_BASE: /],
  ])('names the variable that is wrong in %j', (options, message) => {
    const problems = publishingProblems(options);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });
});
