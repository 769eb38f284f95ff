// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validatedArticle } from '../../testing/contentFixtures';
import { listedArticle, type CheckedArticle } from '../listedArticle';
import { recordFiles } from './buildRecord';
import { articleFileChanges, differences } from './sourceChanges';
import {
  MOST_CHANGES,
  readCheckedArticles,
  updateCheckedArticles,
  writeCheckedArticles,
} from './checkedArticles';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const checked = (id: string, warning?: string): CheckedArticle => ({
  listed: listedArticle(validatedArticle({ id, headline: `Story ${id}` })),
  mended: warning === undefined ? [] : [warning],
  echoes: [],
});

describe('the checked articles kept beside the record', () => {
  it('gives back, as written, each article whose file has the same digest, and the others as they were', async () => {
    const recordDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-record-'));
    folders.push(recordDir);
    const articles = new Map([
      ['articles/river.json', checked('river', 'articles/river.json: headline: replaced U+0000')],
      ['articles/harbour.json', checked('harbour')],
      ['articles/ferry.json', checked('ferry')],
    ]);
    const sources = {
      'articles/river.json': 'r1',
      'articles/harbour.json': 'h1',
      'articles/ferry.json': 'f1',
    };
    const files = await writeCheckedArticles(recordDir, sources, articles);

    const now = { 'articles/river.json': 'r1', 'articles/harbour.json': 'h2' };
    const recorded = await readCheckedArticles(recordDir, files, now);
    // harbour changed and ferry is gone: both are checked afresh, and given as they were to compare with.
    expect([...(recorded?.known.keys() ?? [])]).toEqual(['articles/river.json']);
    expect(recorded?.known.get('articles/river.json')).toEqual(articles.get('articles/river.json'));
    expect(recorded?.previous).toEqual(
      new Map([
        ['articles/harbour.json', articles.get('articles/harbour.json')?.listed],
        ['articles/ferry.json', articles.get('articles/ferry.json')?.listed],
      ]),
    );
  });

  it('gives none when the file is missing, or is not the one the record names', async () => {
    const recordDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-record-'));
    folders.push(recordDir);
    const sources = { 'articles/river.json': 'r1' };
    const files = await writeCheckedArticles(
      recordDir,
      sources,
      new Map([['articles/river.json', checked('river')]]),
    );
    expect((await readCheckedArticles(recordDir, files, sources))?.known.size).toBe(1);

    expect(await readCheckedArticles(recordDir, {}, sources)).toBeUndefined();
    const file = path.join(recordDir, recordFiles.checkedArticles);
    await writeFile(file, JSON.stringify({ 'articles/river.json': { digest: 'r1', ...checked('other') } }));
    expect(await readCheckedArticles(recordDir, files, sources)).toBeUndefined();
    await rm(file);
    expect(await readCheckedArticles(recordDir, files, sources)).toBeUndefined();
  });

  it("keeps a publish's changes in a small file beside every article, read back as if all were written", async () => {
    const recordDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-record-'));
    folders.push(recordDir);
    const first = { 'articles/river.json': 'r1', 'articles/harbour.json': 'h1', 'articles/ferry.json': 'f1' };
    const articles = new Map([
      ['articles/river.json', checked('river')],
      ['articles/harbour.json', checked('harbour')],
      ['articles/ferry.json', checked('ferry')],
    ]);
    const files = await writeCheckedArticles(recordDir, first, articles);
    const everyArticle = await readFile(path.join(recordDir, recordFiles.checkedArticles), 'utf8');
    // harbour edited, ferry withdrawn, quay added.
    const second = { 'articles/river.json': 'r1', 'articles/harbour.json': 'h2', 'articles/quay.json': 'q1' };
    const now = new Map([
      ['articles/river.json', checked('river')],
      ['articles/harbour.json', checked('harbour', 'articles/harbour.json: headline: replaced U+0000')],
      ['articles/quay.json', checked('quay')],
    ]);
    const recorded = await readCheckedArticles(recordDir, files, second);
    const updated = await updateCheckedArticles(
      recordDir,
      recorded,
      { sources: second, articleFiles: articleFileChanges(differences(first, second)) },
      now,
    );

    expect(updated.checkedArticles).toBe(files.checkedArticles);
    expect(await readFile(path.join(recordDir, recordFiles.checkedArticles), 'utf8')).toBe(everyArticle);
    const again = await readCheckedArticles(recordDir, updated, second);
    expect(again?.known).toEqual(now);
    const third = { ...second, 'articles/harbour.json': 'h3' };
    expect([...((await readCheckedArticles(recordDir, updated, third))?.previous ?? [])]).toEqual([
      ['articles/harbour.json', now.get('articles/harbour.json')?.listed],
    ]);
    await writeFile(path.join(recordDir, recordFiles.checkedArticleChanges), '{}');
    expect(await readCheckedArticles(recordDir, updated, second)).toBeUndefined();
  });

  it('writes every article again once the changes would hold more than MOST_CHANGES files', async () => {
    const recordDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-record-'));
    folders.push(recordDir);
    const files = await writeCheckedArticles(recordDir, {}, new Map());
    const sources = Object.fromEntries(
      Array.from({ length: MOST_CHANGES + 1 }, (_, index) => [`articles/s${String(index)}.json`, 'd']),
    );
    const now = new Map(Object.keys(sources).map((file) => [file, checked(file.slice(9, -5))]));
    const updated = await updateCheckedArticles(
      recordDir,
      await readCheckedArticles(recordDir, files, sources),
      { sources, articleFiles: articleFileChanges(differences({}, sources)) },
      now,
    );

    expect(updated.checkedArticles).not.toBe(files.checkedArticles);
    expect(updated.checkedArticleChanges).toBeUndefined();
    expect((await readCheckedArticles(recordDir, updated, sources))?.known.size).toBe(MOST_CHANGES + 1);
  });
});
