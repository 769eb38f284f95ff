// @vitest-environment node
import fc from 'fast-check';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readBuildRecord,
  recordFiles,
  writeBuildRecord,
  type BuildRecord,
  type ReadRecord,
} from './buildRecord.ts';
import { MOST_RECORD_CHANGES } from './recordChanges.ts';

const numRuns = Number(process.env.FC_RUNS ?? 40);

const settings = {
  code: 'code-1',
  site: 'site-1',
  urlPath: '/content',
  publishing: {},
  drawsShareCards: false,
  buildsSearchIndex: true,
};

const recordWith = (parts: Partial<BuildRecord>): BuildRecord => ({
  version: 1,
  settings,
  sources: {},
  derived: {},
  documentInputs: {},
  template: 't1',
  pages: {},
  cards: {},
  variants: {},
  search: {},
  ...parts,
});

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-record-changes-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readOrFail(recordDir: string): Promise<ReadRecord> {
  const found = await readBuildRecord(recordDir);
  if (!('record' in found)) throw new Error(found.problem);
  return found;
}

const digests = fc.dictionary(
  fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f').map((name) => `articles/${name}.json`),
  fc.constantFrom('d1', 'd2', 'd3'),
);
const pages = fc.dictionary(
  fc.constantFrom('index.html', 'news/index.html', 'news/a/index.html'),
  fc.record({
    url: fc.constantFrom('/', '/news', '/news/a'),
    inputs: fc.subarray(['site.json', 'front.json', 'articles/a.json']),
    digest: fc.constantFrom('p1', 'p2'),
  }),
);
const records = fc
  .record({
    sources: digests,
    derived: digests,
    pages,
    template: fc.constantFrom('t1', 't2'),
    checkedArticleChanges: fc.option(fc.constantFrom('c1', 'c2'), { nil: undefined }),
  })
  .map(({ checkedArticleChanges, ...parts }) =>
    recordWith({ ...parts, ...(checkedArticleChanges !== undefined && { checkedArticleChanges }) }),
  );

describe('the record and the changes written beside it', () => {
  it('reads back, after any publishes, the record each one wrote', async () => {
    await fc.assert(
      fc.asyncProperty(records, fc.array(records, { maxLength: 6 }), async (first, later) => {
        const recordDir = path.join(dir, 'property');
        await rm(recordDir, { recursive: true, force: true });
        await writeBuildRecord(recordDir, first);
        expect((await readOrFail(recordDir)).record).toEqual(first);
        for (const [index, record] of later.entries()) {
          const since = await readOrFail(recordDir);
          // Every other publish says which sources changed, with a key that did not change too.
          const known = {
            sources: {
              changed: [
                ...Object.keys(record.sources).filter(
                  (file) => since.record.sources[file] !== record.sources[file],
                ),
                ...Object.keys(record.sources).slice(0, 1),
              ],
              removed: Object.keys(since.record.sources).filter(
                (file) => !Object.hasOwn(record.sources, file),
              ),
            },
          };
          await writeBuildRecord(recordDir, record, since, index % 2 === 0 ? known : undefined);
          expect((await readOrFail(recordDir)).record).toEqual(record);
        }
      }),
      { numRuns },
    );
  });

  it('leaves the whole record as it was after a publish, and writes only what changed beside it', async () => {
    const recordDir = path.join(dir, 'small');
    const sources = Object.fromEntries(
      Array.from({ length: 1000 }, (_, index) => [`articles/${String(index)}.json`, 'd1']),
    );
    const before = recordWith({ sources, checkedArticleChanges: 'c1' });
    await writeBuildRecord(recordDir, before);
    const whole = await readFile(path.join(recordDir, recordFiles.record));

    const kept = Object.fromEntries(Object.entries(sources).filter(([file]) => file !== 'articles/0.json'));
    const after = recordWith({ sources: { ...kept, 'articles/1.json': 'd2', 'articles/new.json': 'd3' } });
    await writeBuildRecord(recordDir, after, await readOrFail(recordDir));

    expect(await readFile(path.join(recordDir, recordFiles.record))).toEqual(whole);
    const changes = JSON.parse(await readFile(path.join(recordDir, recordFiles.recordChanges), 'utf8')) as {
      changes: unknown;
    };
    expect(changes.changes).toEqual({
      sources: { 'articles/0.json': null, 'articles/1.json': 'd2', 'articles/new.json': 'd3' },
    });
    // A field the publish dropped is gone, not kept from the whole record.
    expect((await readOrFail(recordDir)).record).toEqual(after);
  });

  it(`writes the whole record again once more than ${String(MOST_RECORD_CHANGES)} entries changed`, async () => {
    const recordDir = path.join(dir, 'many');
    await writeBuildRecord(recordDir, recordWith({}));
    const sources = Object.fromEntries(
      Array.from({ length: MOST_RECORD_CHANGES + 1 }, (_, index) => [`articles/${String(index)}.json`, 'd1']),
    );
    const after = recordWith({ sources });
    await writeBuildRecord(recordDir, after, await readOrFail(recordDir));

    await expect(stat(path.join(recordDir, recordFiles.recordChanges))).rejects.toThrow();
    expect(JSON.parse(await readFile(path.join(recordDir, recordFiles.record), 'utf8'))).toMatchObject(after);
    expect((await readOrFail(recordDir)).record).toEqual(after);
  });

  it('refuses changes made to another record, so the next publish builds everything', async () => {
    const recordDir = path.join(dir, 'another');
    await writeBuildRecord(recordDir, recordWith({}));
    await writeBuildRecord(recordDir, recordWith({ template: 't2' }), await readOrFail(recordDir));
    const changes = await readFile(path.join(recordDir, recordFiles.recordChanges), 'utf8');
    // A full build written since (a new mark), with the old changes left beside it.
    await writeBuildRecord(recordDir, recordWith({}));
    await writeFile(path.join(recordDir, recordFiles.recordChanges), changes);
    expect(await readBuildRecord(recordDir)).toEqual({
      problem: `the record of the last build (${path.join(recordDir, recordFiles.record)}) has changes made to another record`,
    });
    await writeFile(path.join(recordDir, recordFiles.recordChanges), '{"base": 1}');
    expect(await readBuildRecord(recordDir)).toHaveProperty('problem');
  });
});
