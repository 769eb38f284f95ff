// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestOf } from './hashing.ts';
import { readContentFolder, readUnread, type ContentFolder } from './outputDigests.ts';
import { readSourceStats, SETTLING_MS, writeSourceStats } from './sourceStats.ts';

let work = '';
let content = '';
let recordDir = '';
const story = 'articles/story.json';

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'broadsheet-source-stats-'));
  content = path.join(work, 'content');
  recordDir = path.join(work, '.dist-record');
  await mkdir(path.join(content, 'articles'), { recursive: true });
  await mkdir(recordDir);
  await writeFile(path.join(content, 'site.json'), '{"title":"A"}');
  await writeFile(path.join(content, story), '{"id":"story","n":1}');
});

afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Writes the stats of `folder` as if its files had settled long before it was read. */
async function recordSettled(folder: ContentFolder) {
  const settled = { ...folder.stats, readFrom: folder.stats.readFrom + 10 * SETTLING_MS };
  await writeSourceStats(recordDir, settled, folder.digests);
}

describe('source stats', () => {
  it('takes an unchanged article on its stat’s word, unread, and always reads the site’s own JSON', async () => {
    const first = await readContentFolder(content);
    await recordSettled(first);
    const trusted = await readSourceStats(recordDir, first.digests);
    const again = await readContentFolder(content, trusted);
    expect(again.digests).toEqual(first.digests);
    expect(again.snapshot.has(story)).toBe(false);
    expect(again.snapshot.get('site.json')).toBe('{"title":"A"}');
  });

  it('reads an article again once it is written, even with the same size', async () => {
    const first = await readContentFolder(content);
    await recordSettled(first);
    const changed = '{"id":"story","n":2}';
    await writeFile(path.join(content, story), changed);
    const again = await readContentFolder(content, await readSourceStats(recordDir, first.digests));
    expect(again.digests[story]).toBe(digestOf(Buffer.from(changed)));
    expect(again.snapshot.get(story)).toBe(changed);
  });

  it('does not vouch for a file changed just before the reading started (racily clean)', async () => {
    const first = await readContentFolder(content);
    await writeSourceStats(recordDir, first.stats, first.digests);
    const again = await readContentFolder(content, await readSourceStats(recordDir, first.digests));
    expect(again.snapshot.has(story)).toBe(true);
  });

  it('does not vouch for a digest the record does not have', async () => {
    const first = await readContentFolder(content);
    await recordSettled(first);
    const trusted = await readSourceStats(recordDir, { ...first.digests, [story]: 'another digest' });
    const again = await readContentFolder(content, trusted);
    expect(again.snapshot.has(story)).toBe(true);
    expect(again.digests[story]).toBe(first.digests[story]);
  });

  it('vouches for nothing when the stats beside the record are missing or not JSON', async () => {
    const first = await readContentFolder(content);
    const missing = await readContentFolder(content, await readSourceStats(recordDir, first.digests));
    expect(missing.snapshot.has(story)).toBe(true);
    await writeFile(path.join(recordDir, 'source-stats.json'), '{"articles/story.json": [1,');
    const broken = await readContentFolder(content, await readSourceStats(recordDir, first.digests));
    expect(broken.snapshot.has(story)).toBe(true);
  });

  it('reads on demand the articles that were taken on their stat’s word', async () => {
    const first = await readContentFolder(content);
    await recordSettled(first);
    const again = await readContentFolder(content, await readSourceStats(recordDir, first.digests));
    readUnread(content, again, (file) => file === story);
    expect(again.snapshot.get(story)).toBe('{"id":"story","n":1}');
    expect(again.digests).toEqual(first.digests);
  });
});
