// @vitest-environment node
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleSource, pageSource, section, siteSource } from '../../testing/contentFixtures';
import { contentFolder, removeContentFolders, sampleContentCopy } from '../contentFolder.test-helper';
import { run } from './checkContentFolder';
import { commandContext, runFromShell } from './commandContext.test-helper';

afterEach(removeContentFolders);

async function checkFolder(contentDir: string) {
  const { context, output } = commandContext({ env: { BROADSHEET_CONTENT_DIR: contentDir } });
  const exitCode = await run(context);
  return { exitCode, ...output };
}

describe('npm run check-content', () => {
  it('sums up a folder without problems in one line', async () => {
    const dir = await contentFolder({
      'site.json': siteSource([section('news'), section('koreas', 'news')]),
      'articles/first.json': articleSource({ id: 'first' }),
    });

    const { exitCode, printed, errors } = await checkFolder(dir);

    expect(exitCode).toBe(0);
    expect(printed).toEqual(['1 article in 2 sections, 0 pages: no problems']);
    expect(errors).toEqual([]);
  });

  it('counts the site’s own pages in its summary', async () => {
    const dir = await contentFolder({
      'site.json': siteSource(),
      'articles/first.json': articleSource({ id: 'first' }),
      'pages/about.json': pageSource({ id: 'about' }),
      'pages/privacy.json': pageSource({ id: 'privacy', title: 'Privacy' }),
    });

    const { exitCode, printed } = await checkFolder(dir);

    expect(exitCode).toBe(0);
    expect(printed).toEqual(['1 article in 1 section, 2 pages: no problems']);
  });

  it('reports a broken page with the articles’ problems, naming its file and path', async () => {
    const dir = await contentFolder({
      'site.json': siteSource(),
      'articles/first.json': { ...articleSource({ id: 'first' }), headline: '' },
      'pages/about.json': { ...pageSource({ id: 'about' }), body: [{ type: 'video' }] },
    });

    const { exitCode, errors } = await checkFolder(dir);

    expect(exitCode).toBe(1);
    expect(errors).toEqual([
      [
        'Content has 2 problems:',
        '  articles/first.json: headline: expected non-empty text',
        '  pages/about.json: body[0].type: expected one of paragraph, heading, pullquote, image, list, received "video"',
      ].join('\n'),
    ]);
  });

  it('lists every problem of every file and exits 1', async () => {
    const dir = await contentFolder({
      'site.json': siteSource([section('news')]),
      'articles/first.json': {
        ...articleSource({ id: 'first', section: 'sport' }),
        body: [{ type: 'video' }],
      },
      'articles/second.json': articleSource({ id: 'other' }),
    });

    const { exitCode, printed, errors } = await checkFolder(dir);

    expect(exitCode).toBe(1);
    expect(printed).toEqual([]);
    expect(errors).toEqual([
      'Content has 3 problems:\n' +
        '  articles/first.json: section: unknown section "sport", expected one of news\n' +
        '  articles/first.json: body[0].type: expected one of paragraph, heading, pullquote, image, list, received "video"\n' +
        '  articles/second.json: id: expected "second" to match the file name, received "other"',
    ]);
  });

  it('checks with the build’s BROADSHEET_ settings', async () => {
    const dir = await contentFolder({
      'site.json': siteSource(),
      'articles/first.json': articleSource({ id: 'first' }),
    });
    const { context, output } = commandContext({
      env: {
        BROADSHEET_CONTENT_DIR: dir,
        BROADSHEET_SITE_URL: 'ftp://news.example',
        BROADSHEET_CONTENT_BASE: '',
      },
    });

    expect(await run(context)).toBe(1);
    expect(output.errors[0]).toContain('BROADSHEET_SITE_URL: expected an http:// or https:// address');
  });

  it('warns about replaced characters and the sample address, and still passes', async () => {
    const dir = await contentFolder({
      'site.json': { ...siteSource(), url: 'https://broadsheet.example' },
      'articles/bell.json': articleSource({ id: 'bell', headline: 'Ring \u0007 the bell' }),
    });

    const { exitCode, printed, errors } = await checkFolder(dir);

    expect(exitCode).toBe(0);
    expect(printed).toEqual(['1 article in 1 section, 0 pages: no problems']);
    expect(errors).toEqual([
      'warning: articles/bell.json: headline: replaced U+0007 with U+FFFD; no page or feed can carry it',
      'warning: site.json: url: still https://broadsheet.example, the sample address; canonical links, ' +
        'share links, feeds and the sitemap will point there until you set your own',
    ]);
  });

  it('warns about a pull quote that repeats the paragraph before it, and still passes', async () => {
    const dir = await contentFolder({
      'site.json': siteSource(),
      'articles/ferry.json': {
        ...articleSource({ id: 'ferry' }),
        body: [
          { type: 'paragraph', text: 'The first ferry left at dawn. Nobody waved.' },
          { type: 'pullquote', text: '“Nobody waved.”' },
        ],
      },
    });

    const { exitCode, errors } = await checkFolder(dir);

    expect(exitCode).toBe(0);
    expect(errors).toEqual([
      'warning: articles/ferry.json: body[1]: the pull quote repeats a line of the paragraph before it ' +
        '(body[0]); a pull quote should pick out a line the reader has not just read',
    ]);
  });
});

describe('npm run check-content from the shell', () => {
  it('passes on the sample content', () => {
    const run = runFromShell('check-content', []);

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+ articles in \d+ sections, \d+ pages: no problems\n$/);
  });

  it('exits 1 listing problems from different checks and files of a copy of the sample content', async () => {
    const dir = await sampleContentCopy();
    const article = path.join(dir, 'articles/boseong-green-tea-fields.json');
    const text = await readFile(article, 'utf8');
    await writeFile(article, text.replace('"width": 1600', '"width": 1601'));
    await writeFile(
      path.join(dir, 'articles/stray.json'),
      JSON.stringify(articleSource({ id: 'stray', section: 'sport' })),
    );

    const run = runFromShell('check-content', [], { BROADSHEET_CONTENT_DIR: dir });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Content has 2 problems:');
    expect(run.stderr).toContain('articles/boseong-green-tea-fields.json: image.width: expected 1600');
    expect(run.stderr).toContain('articles/stray.json: section: unknown section "sport"');
  });
});
