// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuildRecord, recordDirOf, settingsChange, type BuildSettings } from './buildRecord';
import { inputChanges, pageDigest, type ContentDigests } from './outputDigests';
import { contentFileOfQuery } from './pageInputs';

const settings: BuildSettings = {
  code: 'code-1',
  site: 'site-1',
  urlPath: '/content',
  publishing: {},
  drawsShareCards: true,
  buildsSearchIndex: true,
};

describe('contentFileOfQuery', () => {
  it('names the content file each of the app’s queries reads', () => {
    expect(contentFileOfQuery(['content', 'site'])).toBe('site.json');
    expect(contentFileOfQuery(['content', 'front'])).toBe('front.json');
    expect(contentFileOfQuery(['content', 'sections', 'koreas', 2])).toBe('sections/koreas/page-2.json');
    expect(contentFileOfQuery(['content', 'articles', 'jikji'])).toBe('articles/jikji.json');
    expect(contentFileOfQuery(['content', 'article-links', 'jikji'])).toBe('article-links/jikji.json');
    expect(contentFileOfQuery(['content', 'pages', 'about'])).toBe('pages/about.json');
    expect(contentFileOfQuery(['content', 'topics', 'korea', 1])).toBe('topics/korea/page-1.json');
    expect(contentFileOfQuery(['content', 'authors', 'kim', 3])).toBe('authors/kim/page-3.json');
  });

  it('refuses a query it does not know, so no page’s input goes unseen', () => {
    expect(() => contentFileOfQuery(['content', 'weather', 'today'])).toThrow(/add it to contentFileOfQuery/);
    expect(() => contentFileOfQuery(['reader', 'saved'])).toThrow(/cannot tell which content file/);
  });
});

describe('pageDigest', () => {
  const content: ContentDigests = {
    urlPath: '/content',
    sources: { 'articles/jikji.json': 'a1', 'images/x.jpg': 'i1' },
    derived: { '/content/site.json': 's1', '/content/article-links/jikji.json': 'l1' },
  };
  const page = {
    url: '/news/jikji',
    inputs: ['article-links/jikji.json', 'articles/jikji.json', 'site.json'],
  };
  const digest = pageDigest('<template>', page, content);

  it('changes with any input the page read, its address or its template, and with nothing else', () => {
    expect(pageDigest('<template>', page, content)).toBe(digest);
    expect(
      pageDigest('<template>', page, { ...content, sources: { ...content.sources, 'images/x.jpg': 'i2' } }),
    ).toBe(digest);
    expect(
      pageDigest('<template>', page, {
        ...content,
        sources: { ...content.sources, 'articles/jikji.json': 'a2' },
      }),
    ).not.toBe(digest);
    expect(
      pageDigest('<template>', page, {
        ...content,
        derived: { ...content.derived, '/content/article-links/jikji.json': 'l2' },
      }),
    ).not.toBe(digest);
    expect(pageDigest('<template>', { ...page, url: '/news/koreas/jikji' }, content)).not.toBe(digest);
    expect(pageDigest('<template 2>', page, content)).not.toBe(digest);
  });

  it('tells a file that is missing now from one that was there', () => {
    const withoutLinks = { ...content, derived: { '/content/site.json': 's1' } };
    expect(pageDigest('<template>', page, withoutLinks)).not.toBe(digest);
  });
});

describe('inputChanges', () => {
  const before: ContentDigests = {
    urlPath: '/content',
    sources: { 'articles/jikji.json': 'a1', 'articles/gone.json': 'g1', 'site.json': 'raw' },
    derived: { '/content/site.json': 's1', '/content/article-links/jikji.json': 'l1' },
  };

  it('finds exactly the inputs whose digest a page would read differently, as pageDigest does', () => {
    const now: ContentDigests = {
      urlPath: '/content',
      sources: { 'articles/jikji.json': 'a1', 'articles/new.json': 'n1', 'site.json': 'raw 2' },
      derived: { '/content/site.json': 's1', '/content/article-links/jikji.json': 'l2' },
    };
    const touched = new Set(
      [before, now].flatMap(({ sources, derived }) => [...Object.keys(sources), ...Object.keys(derived)]),
    );
    const changed = inputChanges(before, now, touched);
    const files = [
      'articles/jikji.json',
      'articles/gone.json',
      'articles/new.json',
      'article-links/jikji.json',
      'site.json',
      'never-there.json',
    ];
    expect(files.filter(changed)).toEqual([
      'articles/gone.json',
      'articles/new.json',
      'article-links/jikji.json',
    ]);
    for (const file of files) {
      const page = { url: '/x', inputs: [file] };
      const digestsDiffer = pageDigest('<t>', page, before) !== pageDigest('<t>', page, now);
      expect(changed(file)).toBe(digestsDiffer);
    }
  });

  it('looks only at the files it is told were touched', () => {
    const now: ContentDigests = { ...before, sources: { ...before.sources, 'articles/jikji.json': 'a2' } };
    expect(inputChanges(before, now, ['articles/jikji.json'])('articles/jikji.json')).toBe(true);
    expect(inputChanges(before, now, ['site.json'])('articles/jikji.json')).toBe(false);
  });
});

describe('settingsChange', () => {
  it('says why a publish must build everything, or nothing when it need not', () => {
    expect(settingsChange(settings, { ...settings })).toBeUndefined();
    expect(settingsChange(settings, { ...settings, code: 'code-2' })).toBe(
      'the code changed (a new build of the app)',
    );
    expect(settingsChange(settings, { ...settings, site: 'site-2' })).toBe('site.json changed');
    expect(settingsChange(settings, { ...settings, publishing: { siteUrl: 'https://a.example/' } })).toMatch(
      /BROADSHEET_SITE_URL/,
    );
    expect(settingsChange(settings, { ...settings, drawsShareCards: false })).toMatch(
      /BROADSHEET_SHARE_CARDS/,
    );
    expect(settingsChange(settings, { ...settings, buildsSearchIndex: false })).toMatch(/BROADSHEET_SEARCH/);
  });
});

describe('readBuildRecord', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-record-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sits beside the output folder', () => {
    expect(recordDirOf('/srv/site/dist')).toBe('/srv/site/.dist-record');
  });

  it('says there is none, or that it cannot be read, rather than publishing on a guess', async () => {
    expect(await readBuildRecord(path.join(dir, 'none'))).toEqual({
      problem: `there is no record of an earlier build in ${path.join(dir, 'none')}`,
    });
    await writeFile(path.join(dir, 'record.json'), '{"version": 1, "settings":');
    expect(await readBuildRecord(dir)).toEqual({
      problem: `the record of the last build (${path.join(dir, 'record.json')}) cannot be read`,
    });
    await writeFile(path.join(dir, 'record.json'), JSON.stringify({ version: 2 }));
    expect(await readBuildRecord(dir)).toHaveProperty('problem');
  });

  it('reads a whole record, and refuses one whose digests or pages are not what it wrote', async () => {
    const page = { url: '/news/a/', inputs: ['articles/a.json'], digest: 'p1' };
    const record = {
      version: 1,
      settings,
      sources: { 'articles/a.json': 'd1' },
      derived: { '/content/front.json': 'd2' },
      documentInputs: {},
      template: 't1',
      pages: { 'news/a/index.html': page },
      cards: {},
      variants: {},
      search: {},
    };
    await writeFile(path.join(dir, 'record.json'), JSON.stringify({ written: 'w1', ...record }));
    expect(await readBuildRecord(dir)).toEqual({ record, base: { written: 'w1', changes: {} } });
    // Without the mark of its writing, no changes beside it could be told to be its own.
    await writeFile(path.join(dir, 'record.json'), JSON.stringify(record));
    expect(await readBuildRecord(dir)).toHaveProperty('problem');
    for (const broken of [
      { ...record, sources: { 'articles/a.json': 1 } },
      { ...record, derived: ['d2'] },
      { ...record, pages: { 'news/a/index.html': { ...page, inputs: [3] } } },
      { ...record, pages: { 'news/a/index.html': { url: '/news/a/', inputs: [] } } },
    ]) {
      await writeFile(path.join(dir, 'record.json'), JSON.stringify({ written: 'w1', ...broken }));
      expect(await readBuildRecord(dir)).toHaveProperty('problem');
    }
  });
});
