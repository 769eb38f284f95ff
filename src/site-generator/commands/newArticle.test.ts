// @vitest-environment node
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { articleSchema } from '../../features/content/contract/schema';
import { articleSource, section, siteSource } from '../../testing/contentFixtures';
import { checkContent } from '../checkContent';
import { contentFolder, removeContentFolders, sampleContentCopy } from '../contentFolder.test-helper';
import { PLACEHOLDER_PARAGRAPH } from './articleScaffold';
import { repositoryRoot } from './command';
import { commandContext, runFromShell } from './commandContext.test-helper';
import { run } from './newArticle';

afterEach(removeContentFolders);

/** A content folder with News and its child Koreas and one article, whose files name no schema. */
const smallContent = () =>
  contentFolder({
    'site.json': siteSource([section('news'), section('koreas', 'news')]),
    'articles/first.json': articleSource({ id: 'first' }),
  });

async function newArticle(contentDir: string, args: string[]) {
  const { context, output } = commandContext({ args, env: { BROADSHEET_CONTENT_DIR: contentDir } });
  const exitCode = await run(context);
  return { exitCode, ...output };
}

const readArticle = async (contentDir: string, id: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(contentDir, `articles/${id}.json`), 'utf8'));

describe('npm run new-article', () => {
  it('writes a valid article named after the headline, dated now, with one paragraph to replace', async () => {
    const dir = await smallContent();

    const { exitCode, printed } = await newArticle(dir, ['--section', 'koreas', 'Headline here']);

    expect(exitCode).toBe(0);
    const written = await readArticle(dir, 'headline-here');
    expect(written).toMatchObject({
      $schema: path.relative(
        path.join(dir, 'articles'),
        path.join(repositoryRoot, 'schemas/article.schema.json'),
      ),
      id: 'headline-here',
      section: 'koreas',
      headline: 'Headline here',
      body: [{ type: 'paragraph', text: PLACEHOLDER_PARAGRAPH }],
    });
    expect(v.parse(articleSchema, written).publishedAt).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/,
    );
    expect(printed[0]).toBe(
      `Wrote ${dir}/articles/headline-here.json; once published it will be at https://news.example/news/koreas/headline-here.`,
    );
    expect(printed.join('\n')).toContain('npm run check-content');
  });

  it('gives the addresses under the base path of a site served from a folder', async () => {
    const dir = await contentFolder({
      'site.json': { ...siteSource(), url: 'https://example.github.io/gazette' },
    });

    const { printed } = await newArticle(dir, ['--section', 'news', 'Harbour lights']);

    expect(printed[0]).toContain('it will be at https://example.github.io/gazette/news/harbour-lights.');
    expect(printed.join('\n')).toContain('open http://localhost:5173/gazette/news/harbour-lights');
  });

  it('leaves the content folder valid for the build’s checks', async () => {
    const dir = await sampleContentCopy();

    await newArticle(dir, ['--section', 'science', 'Why the tide turns twice a day']);

    const { problems, shape } = await checkContent(dir);
    expect(problems).toEqual([]);
    expect(shape?.articles[0]?.id).toBe('why-the-tide-turns-twice-a-day');
  });

  it('names the schema its neighbours name, and the sample content’s is the committed copy', async () => {
    const dir = await sampleContentCopy();

    await newArticle(dir, ['--section', 'science', 'Tides']);

    expect(await readArticle(dir, 'tides')).toMatchObject({
      $schema: '../../../schemas/article.schema.json',
    });
  });

  it('takes the id from --id and joins an unquoted headline', async () => {
    const dir = await smallContent();

    const { exitCode } = await newArticle(dir, ['--section', 'news', '--id', 'rain', 'Rain', 'again']);

    expect(exitCode).toBe(0);
    expect(await readArticle(dir, 'rain')).toMatchObject({ id: 'rain', headline: 'Rain again' });
  });

  it('starts the articles folder of a new content folder', async () => {
    const dir = await contentFolder({ 'site.json': siteSource() });

    const { exitCode } = await newArticle(dir, ['--section', 'news', 'First light']);

    expect(exitCode).toBe(0);
    expect(await readArticle(dir, 'first-light')).toMatchObject({ id: 'first-light' });
  });

  it('refuses an unknown section, listing the sections there are', async () => {
    const dir = await smallContent();

    const { exitCode, errors } = await newArticle(dir, ['--section', 'sport', 'Late goal']);

    expect(exitCode).toBe(1);
    expect(errors[0]).toBe('Unknown section "sport". The sections in site.json are: news, koreas.');
  });

  it('asks for a section when none is given', async () => {
    const dir = await smallContent();

    const { exitCode, errors } = await newArticle(dir, ['Late goal']);

    expect(exitCode).toBe(1);
    expect(errors[0]).toBe('Choose a section with --section. The sections in site.json are: news, koreas.');
  });

  it('never overwrites an article, and suggests another id', async () => {
    const dir = await smallContent();
    const before = await readFile(path.join(dir, 'articles/first.json'), 'utf8');

    const { exitCode, errors } = await newArticle(dir, ['--section', 'news', 'First']);

    expect(exitCode).toBe(1);
    expect(errors).toEqual([
      'articles/first.json already exists; it is not overwritten.',
      'Choose another id with --id, for example --id first-2.',
    ]);
    expect(await readFile(path.join(dir, 'articles/first.json'), 'utf8')).toBe(before);
  });

  it('asks for --id when the headline gives no usable id', async () => {
    const dir = await smallContent();

    const { exitCode, errors } = await newArticle(dir, ['--section', 'koreas', '북한과 남한']);

    expect(exitCode).toBe(1);
    expect(errors.join('\n')).toContain('Choose the id with --id');
  });

  it('refuses an --id that is not an id', async () => {
    const dir = await smallContent();

    const { exitCode, errors } = await newArticle(dir, ['--section', 'news', '--id', 'Big News', 'Big news']);

    expect(exitCode).toBe(1);
    expect(errors).toEqual(['--id "Big News": expected lower-case words joined by "-".']);
  });

  it('refuses an id whose page would take the address of a child section', async () => {
    const dir = await smallContent();

    const { exitCode, errors } = await newArticle(dir, ['--section', 'news', 'Koreas']);

    expect(exitCode).toBe(1);
    expect(errors[0]).toContain(
      'the address /news/koreas of article "koreas" is already the address of section',
    );
  });

  it('sends the publisher to check-content when site.json is broken', async () => {
    const dir = await smallContent();
    await writeFile(path.join(dir, 'site.json'), JSON.stringify({ ...siteSource(), sections: [] }));

    const { exitCode, errors } = await newArticle(dir, ['--section', 'news', 'Anything']);

    expect(exitCode).toBe(1);
    expect(errors).toEqual([
      'site.json: sections: expected at least one section',
      'Fix site.json first; `npm run check-content` lists every problem.',
    ]);
  });
});

describe('npm run new-article from the shell', () => {
  it('writes the article with this machine’s offset as ±HH:MM and exits 0', async () => {
    const dir = await smallContent();

    const run = runFromShell('new-article', ['--section', 'koreas', 'Kathmandu time'], {
      BROADSHEET_CONTENT_DIR: dir,
      TZ: 'Asia/Kathmandu',
    });

    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('articles/kathmandu-time.json');
    expect(await readArticle(dir, 'kathmandu-time')).toMatchObject({
      publishedAt: expect.stringMatching(/\+05:45$/) as unknown,
    });
  });

  it('exits 1 with the problem on stderr', async () => {
    const dir = await smallContent();

    const run = runFromShell('new-article', ['--section', 'sport', 'Late goal'], {
      BROADSHEET_CONTENT_DIR: dir,
    });

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The sections in site.json are: news, koreas.');
    expect(run.stdout).toBe('');
  });
});
