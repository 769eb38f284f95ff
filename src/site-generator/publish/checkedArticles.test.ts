// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validatedArticle } from '../../testing/contentFixtures';
import { listedArticle, type CheckedArticle } from '../listedArticle';
import { recordFiles } from './buildRecord';
import { readCheckedArticles, writeCheckedArticles } from './checkedArticles';

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
  it('gives back, as written, each article whose file has the same digest, and only those', async () => {
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
    const digest = await writeCheckedArticles(recordDir, sources, articles);

    const now = { 'articles/river.json': 'r1', 'articles/harbour.json': 'h2' };
    const known = await readCheckedArticles(recordDir, digest, now);
    // harbour changed and ferry is gone: both are checked afresh.
    expect([...known.keys()]).toEqual(['articles/river.json']);
    expect(known.get('articles/river.json')).toEqual(articles.get('articles/river.json'));
  });

  it('gives none when the file is missing, or is not the one the record names', async () => {
    const recordDir = await mkdtemp(path.join(tmpdir(), 'broadsheet-record-'));
    folders.push(recordDir);
    const sources = { 'articles/river.json': 'r1' };
    const digest = await writeCheckedArticles(
      recordDir,
      sources,
      new Map([['articles/river.json', checked('river')]]),
    );
    expect((await readCheckedArticles(recordDir, digest, sources)).size).toBe(1);

    expect((await readCheckedArticles(recordDir, undefined, sources)).size).toBe(0);
    const file = path.join(recordDir, recordFiles.checkedArticles);
    await writeFile(file, JSON.stringify({ 'articles/river.json': { digest: 'r1', ...checked('other') } }));
    expect((await readCheckedArticles(recordDir, digest, sources)).size).toBe(0);
    await rm(file);
    expect((await readCheckedArticles(recordDir, digest, sources)).size).toBe(0);
  });
});
