// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { articleSource, section, siteSource } from '../testing/contentFixtures';
import { contentFolder, removeContentFolders } from './contentFolder.test-helper';
import { ContentError, loadContent } from './loadContent';

// The build errors of topics and authors, as a publisher reads them.

const site = {
  ...siteSource([section('news')]),
  authors: [
    { id: 'kim', name: 'Kim Min-ji' },
    { id: 'lee', name: 'Lee Ji-ho' },
  ],
};

async function problemsOf(files: Record<string, unknown>): Promise<string[]> {
  const dir = await contentFolder({
    'site.json': site,
    'articles/good.json': articleSource({ id: 'good' }),
    ...files,
  });
  const error: unknown = await loadContent(dir).then(
    () => new Error('expected the content to be rejected'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof ContentError)) throw error;
  return error.problems;
}

afterEach(removeContentFolders);

describe('topic and author checks', () => {
  it('names a tag that gives no topic id and says what to do', async () => {
    const problems = await problemsOf({
      'articles/x.json': articleSource({ id: 'x', tags: ['Seoul', 'Busan', '—'] }),
    });

    expect(problems).toEqual([
      'articles/x.json: tags[2]: "—" gives no topic id: a tag needs a letter a–z or a digit ' +
        '(accents are dropped, so "Café" gives "cafe"); write it in Latin letters, or drop it',
    ]);
  });

  it('names an author site.json does not define, listing the ones it does', async () => {
    const problems = await problemsOf({
      'articles/x.json': articleSource({ id: 'x', authors: ['lee', 'park'] }),
    });

    expect(problems).toEqual([
      'articles/x.json: authors[1]: unknown author "park", expected one of kim, lee',
    ]);
  });

  it('says to define authors when site.json has none', async () => {
    const dir = await contentFolder({
      'site.json': siteSource([section('news')]),
      'articles/x.json': articleSource({ id: 'x', authors: ['kim'] }),
    });

    await expect(loadContent(dir)).rejects.toThrow(
      'articles/x.json: authors[0]: unknown author "kim", site.json defines no authors: add them under "authors" as { "id", "name" }',
    );
  });

  it('refuses an empty list of authors and an author named twice', async () => {
    const problems = await problemsOf({
      'articles/x.json': articleSource({ id: 'x', authors: [] }),
      'articles/y.json': articleSource({ id: 'y', authors: ['kim', 'lee', 'kim'] }),
    });

    expect(problems).toEqual([
      'articles/x.json: authors: expected at least one author id',
      'articles/y.json: authors[2]: author "kim" is named twice, also authors[0]',
    ]);
  });

  it('refuses two topics or two authors with one id in site.json', async () => {
    const problems = await problemsOf({
      'site.json': {
        ...site,
        topics: [
          { id: 'seoul', title: 'Seoul' },
          { id: 'seoul', title: 'Seoul, again' },
        ],
        authors: [...site.authors, { id: 'kim', name: 'Another Kim' }],
      },
    });

    expect(problems).toEqual([
      'site.json: topics[1].id: duplicate topic id "seoul", also topics[0]',
      'site.json: authors[2].id: duplicate author id "kim", also authors[0]',
    ]);
  });

  it.each(['topics', 'authors'])('keeps the top-level id %s for the site', async (id) => {
    const problems = await problemsOf({ 'site.json': { ...site, sections: [section(id)] } });

    expect(problems).toContain(`site.json: sections[0].id: "${id}" is reserved for the site's own pages`);
  });

  it('accepts tags as publishers write them today and a described topic no tag uses', async () => {
    const dir = await contentFolder({
      'site.json': { ...site, topics: [{ id: 'unused', title: 'Nobody tags this' }] },
      'articles/x.json': articleSource({
        id: 'x',
        tags: ['North Korea', 'south-east asia', 'Café'],
        authors: ['kim'],
      }),
    });

    await expect(loadContent(dir)).resolves.toBeDefined();
  });
});
