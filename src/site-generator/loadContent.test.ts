// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { Section } from '../features/content/contract/schema';
import { articleSource, section, siteSource } from '../testing/contentFixtures';
import { textAnchor } from '../features/content/contract/anchors';
import { contentFolder, removeContentFolders } from './contentFolder.test-helper';
import { ContentError, loadContent } from './loadContent';

/** A site with the given sections and one valid article, plus `files`. */
function withValidContent(files: Record<string, unknown> = {}, sections: Section[] = [section('news')]) {
  return contentFolder({
    'site.json': siteSource(sections),
    'articles/good.json': articleSource({ id: 'good' }),
    ...files,
  });
}

async function problemsOf(dir: string): Promise<string[]> {
  const error: unknown = await loadContent(dir).then(
    () => new Error('expected the content to be rejected'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof ContentError)) throw error;
  return error.problems;
}

const heading = { type: 'heading', text: 'A heading' };

afterEach(removeContentFolders);

describe('loadContent', () => {
  it('loads a valid folder into the site and its validated articles', async () => {
    const dir = await withValidContent({
      'articles/second.json': articleSource({ id: 'second', body: [{ type: 'paragraph', text: '*Hi*' }] }),
    });

    const { site, articles } = await loadContent(dir);

    expect(site).toEqual(siteSource());
    expect(articles.map((article) => article.id)).toEqual(['good', 'second']);
    expect(articles[1]?.body).toEqual([
      {
        type: 'paragraph',
        text: [{ kind: 'emphasis', children: [{ kind: 'text', text: 'Hi' }] }],
        anchor: textAnchor('p', 'Hi'),
      },
    ]);
  });

  it('ignores files in the articles folder that are not JSON', async () => {
    const dir = await withValidContent({ 'articles/README.md': '# Notes' });

    const { articles } = await loadContent(dir);

    expect(articles).toHaveLength(1);
  });

  it('reports the problems of every bad file at once, each naming its file and path', async () => {
    const dir = await withValidContent({
      'articles/first.json': {
        ...articleSource({ id: 'first' }),
        body: [heading, heading, heading, { type: 'video' }],
      },
      'articles/second.json': { ...articleSource({ id: 'second' }), headline: '' },
    });

    const problems = await problemsOf(dir);

    expect(problems).toEqual([
      'articles/first.json: body[3].type: expected one of paragraph, heading, pullquote, image, list, received "video"',
      'articles/second.json: headline: expected non-empty text',
    ]);
  });

  it('throws a ContentError whose message counts and lists the problems', async () => {
    const dir = await withValidContent({
      'articles/first.json': { ...articleSource({ id: 'first' }), shareCount: -1 },
      'articles/second.json': { ...articleSource({ id: 'second' }), shareCount: 1.5 },
    });

    await expect(loadContent(dir)).rejects.toThrow(
      'Content has 2 problems:\n' +
        '  articles/first.json: shareCount: expected 0 or more, received -1\n' +
        '  articles/second.json: shareCount: expected a whole number, received 1.5',
    );
  });

  it('reports a file that is not valid JSON, with the parser’s reason', async () => {
    const dir = await withValidContent({ 'articles/broken.json': '{ "id": "broken", ' });

    const problems = await problemsOf(dir);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^articles\/broken\.json: is not valid JSON \(.+\)$/);
  });

  it('reports an id that differs from the file name', async () => {
    const dir = await withValidContent({ 'articles/harbour.json': articleSource({ id: 'port' }) });

    const problems = await problemsOf(dir);

    expect(problems).toEqual([
      'articles/harbour.json: id: expected "harbour" to match the file name, received "port"',
    ]);
  });

  it('reports an id used by two files', async () => {
    const dir = await withValidContent({ 'articles/other.json': articleSource({ id: 'good' }) });

    const problems = await problemsOf(dir);

    expect(problems).toContain(
      'articles/other.json: id: duplicate id "good", also used by articles/good.json',
    );
  });

  it('reports an article in a section the site does not have, listing the sections it has', async () => {
    const dir = await withValidContent(
      { 'articles/rain.json': articleSource({ id: 'rain', section: 'weather' }) },
      [section('news'), section('world', 'news')],
    );

    const problems = await problemsOf(dir);

    expect(problems).toEqual([
      'articles/rain.json: section: unknown section "weather", expected one of news, world',
    ]);
  });

  it('reports a section whose parent does not exist', async () => {
    const dir = await withValidContent({}, [section('news'), section('world', 'planet')]);

    const problems = await problemsOf(dir);

    expect(problems).toEqual(['site.json: sections[1].parent: unknown parent "planet"']);
  });

  it('reports sections that are their own ancestors', async () => {
    const dir = await withValidContent({}, [section('news'), section('a', 'b'), section('b', 'a')]);

    const problems = await problemsOf(dir);

    expect(problems).toEqual(['site.json: sections[1].parent: "a" is its own ancestor']);
  });

  it('reports a section id used twice', async () => {
    const dir = await withValidContent({}, [section('news'), section('news')]);

    const problems = await problemsOf(dir);

    expect(problems).toEqual(['site.json: sections[1].id: duplicate section id "news", also sections[0]']);
  });

  it.each(['saved', 'search', 'content', 'assets', 'feeds', 'sitemaps', 'share-cards', 'page'])(
    'reports the reserved top-level section id %s',
    async (id) => {
      const dir = await withValidContent({}, [section('news'), section(id)]);

      const problems = await problemsOf(dir);

      expect(problems).toEqual([`site.json: sections[1].id: "${id}" is reserved for the site's own pages`]);
    },
  );

  it('reports a child section called page, which its parent’s pages would shadow', async () => {
    const dir = await withValidContent({}, [section('news'), section('page', 'news')]);

    const problems = await problemsOf(dir);

    expect(problems).toEqual([`site.json: sections[1].id: "page" is reserved for the site's own pages`]);
  });

  it('lets a child section take a name reserved only at the top level', async () => {
    const dir = await withValidContent({}, [section('news'), section('saved', 'news')]);

    await expect(loadContent(dir)).resolves.toBeDefined();
  });

  it('reports an unknown section even when the same article has other problems', async () => {
    const dir = await withValidContent({
      'articles/rain.json': { ...articleSource({ id: 'rain', section: 'weather' }), headline: '' },
    });

    const problems = await problemsOf(dir);

    expect(problems).toEqual([
      'articles/rain.json: section: unknown section "weather", expected one of news',
      'articles/rain.json: headline: expected non-empty text',
    ]);
  });

  it('reports an unknown section and an invalid block of the same article in one run', async () => {
    const dir = await withValidContent({
      'articles/rain.json': {
        ...articleSource({ id: 'rain', section: 'weather' }),
        body: [{ type: 'video', src: 'rain.mp4' }],
      },
    });

    const problems = await problemsOf(dir);

    expect(problems).toEqual([
      'articles/rain.json: section: unknown section "weather", expected one of news',
      'articles/rain.json: body[0].type: expected one of paragraph, heading, pullquote, image, list, received "video"',
    ]);
  });

  it('reports an id that differs from the file name even when the body breaks the contract', async () => {
    const dir = await withValidContent({
      'articles/harbour.json': { ...articleSource({ id: 'port' }), body: [] },
    });

    const problems = await problemsOf(dir);

    expect(problems).toEqual([
      'articles/harbour.json: id: expected "harbour" to match the file name, received "port"',
      'articles/harbour.json: body: expected at least one block',
    ]);
  });

  it('reports a duplicate id even when the other file breaks the contract', async () => {
    const dir = await withValidContent({
      'articles/other.json': { ...articleSource({ id: 'good' }), headline: '' },
    });

    const problems = await problemsOf(dir);

    expect(problems).toContain(
      'articles/other.json: id: duplicate id "good", also used by articles/good.json',
    );
  });

  it('warns, without failing, about characters it had to replace, naming file and path', async () => {
    const dir = await withValidContent({
      'articles/bell.json': articleSource({ id: 'bell', headline: 'Ring \u0007 the bell' }),
    });

    const { articles, warnings } = await loadContent(dir);

    expect(articles.find((article) => article.id === 'bell')?.headline).toBe('Ring \uFFFD the bell');
    expect(warnings).toEqual([
      'articles/bell.json: headline: replaced U+0007 with U+FFFD; no page or feed can carry it',
    ]);
  });

  it('names the full path of a replaced character deep in an article', async () => {
    const dir = await withValidContent({
      'articles/bell.json': articleSource({
        id: 'bell',
        body: [
          { type: 'paragraph', text: 'Quiet.' },
          { type: 'list', items: ['One', 'Two \u0007 bells'] },
        ],
      }),
    });

    const { warnings } = await loadContent(dir);

    expect(warnings).toEqual([
      'articles/bell.json: body[1].items[1]: replaced U+0007 with U+FFFD; no page or feed can carry it',
    ]);
  });

  it('reports a site.json that breaks the contract with its path', async () => {
    const dir = await withValidContent({ 'site.json': { ...siteSource(), language: 'english' } });

    const problems = await problemsOf(dir);

    expect(problems).toEqual([
      'site.json: language: expected a BCP 47 language tag such as en-GB, received "english"',
    ]);
  });

  it('reports a missing site.json and still checks the articles', async () => {
    const dir = await contentFolder({ 'articles/good.json': articleSource({ id: 'wrong' }) });

    const problems = await problemsOf(dir);

    expect(problems).toContain('site.json: cannot be read (is it missing?)');
    expect(problems.filter((problem) => problem.startsWith('site.json'))).toHaveLength(1);
    expect(problems).toContain(
      'articles/good.json: id: expected "good" to match the file name, received "wrong"',
    );
  });

  it('reports a folder without articles', async () => {
    const dir = await contentFolder({ 'site.json': siteSource() });

    const problems = await problemsOf(dir);

    expect(problems).toEqual(['articles/: no article files found']);
  });
});
