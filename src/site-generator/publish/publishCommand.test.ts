// @vitest-environment node
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { readBuildRecord, recordDirOf, recordFiles } from './buildRecord.ts';
import { PREBUILT_COMMAND_FILE, PREBUILT_COMMAND_POINTER, type PrebuiltCommand } from './prebuiltCommand.ts';
import type { ChangeList } from './publishCommand.ts';
import {
  attemptPublish,
  fullBuild,
  outputDifferences,
  projectRoot,
  publish,
} from './publishEquality.test-helper.ts';

// The command on a copy of the sample content, share cards and search included:
// what it writes and deletes for each kind of change, when it builds
// everything instead, and what a content problem leaves behind.

let work = '';
let content = '';
let outDir = '';
const changesFile = () => path.join(work, 'changes.json');
const readChanges = async () => JSON.parse(await readFile(changesFile(), 'utf8')) as ChangeList;
const articleFile = (id: string) => path.join(content, 'articles', `${id}.json`);

async function editArticle(id: string, edit: (article: Record<string, unknown>) => Record<string, unknown>) {
  const article = JSON.parse(await readFile(articleFile(id), 'utf8')) as Record<string, unknown>;
  await writeFile(articleFile(id), JSON.stringify(edit(article), null, 2));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'broadsheet-publish-command-'));
  content = path.join(work, 'content');
  outDir = path.join(work, 'dist');
  await cp(path.join(projectRoot, 'public/content'), content, { recursive: true });
  fullBuild(content, outDir);
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await rm(recordDirOf(outDir), { recursive: true, force: true });
});

describe('npm run publish', () => {
  it('writes nothing when nothing changed', async () => {
    const run = publish(content, outDir, changesFile());
    expect(run.stdout).toContain('publish: 0 files written (0 pages rendered), 0 deleted');
    expect(await readChanges()).toEqual({ kind: 'incremental', written: [], deleted: [] });
  }, 60_000);

  it('runs as the command the full build bundled, while the code is the version it was built from', async () => {
    const found = await readBuildRecord(recordDirOf(outDir));
    if (!('record' in found)) throw new Error(found.problem);
    const { settings } = found.record;
    const pointer = JSON.parse(
      await readFile(path.join(projectRoot, PREBUILT_COMMAND_POINTER), 'utf8'),
    ) as PrebuiltCommand;
    // Another test's build may have named its own bundle since: the same code, the same command.
    expect(pointer.code).toBe(settings.code);
    expect(path.basename(pointer.command)).toBe(PREBUILT_COMMAND_FILE);
    const command = (await import(
      /* @vite-ignore */ pathToFileURL(pointer.command).href
    )) as typeof import('./publishCommand.ts');
    const env = { ...process.env, BROADSHEET_CONTENT_DIR: content };
    expect(await command.codeVersionNow({ env })).toBe(settings.code);

    const runWith = async (codeVersion: string, fullBuild: () => Promise<void>) => {
      const printed: string[] = [];
      const context = {
        args: ['--outDir', outDir],
        env,
        cwd: projectRoot,
        now: new Date(),
        print: (text: string) => printed.push(text),
        printError: (text: string) => printed.push(text),
      };
      const exitCode = await command.run(context, { fullBuild, codeVersion });
      return { exitCode, printed: printed.join('\n') };
    };
    const same = await runWith(settings.code, () =>
      Promise.reject(new Error('a publish with nothing changed builds nothing')),
    );
    expect(same.printed).toContain('publish: 0 files written (0 pages rendered), 0 deleted');
    expect(same.exitCode).toBe(0);
    // The version handed over is the one compared with the record's: not computed again.
    let fullBuilds = 0;
    const other = await runWith(`${settings.code}, edited since`, () => {
      fullBuilds += 1;
      return Promise.resolve();
    });
    expect(other.printed).toContain('a full build, because the code changed');
    expect(fullBuilds).toBe(1);
  }, 60_000);

  it('publishes in a process with a fixed 64 MB young generation, started by the command', async () => {
    // A module every process loads through NODE_OPTIONS, noting its young generation as it exits.
    const probe = path.join(work, 'young-generation-probe.mjs');
    const notes = path.join(work, 'young-generation.jsonl');
    await writeFile(
      probe,
      `import { appendFileSync } from 'node:fs';
import v8 from 'node:v8';
process.on('exit', () => {
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  appendFileSync(${JSON.stringify(notes)}, JSON.stringify({ pid: process.pid, ppid: process.ppid, bytes: young?.space_size }) + '\\n');
});
`,
    );
    const run = publish(content, outDir, changesFile(), {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${probe}`.trim(),
    });
    expect(run.stdout).toContain('publish: 0 files written');
    const processes = (await readFile(notes, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { pid: number; ppid: number; bytes: number });
    // The command as started, and the publish it starts again with V8's flags.
    expect(processes).toHaveLength(2);
    const [publishing] = processes.filter((child) => processes.some((parent) => parent.pid === child.ppid));
    // V8's default young generation reaches 32 MB at most (two semi-spaces of 16 MB).
    expect(publishing?.bytes).toBeGreaterThanOrEqual(64 * 1024 * 1024);
  }, 60_000);

  it('publishes a new article: its page and JSON, its listings, feeds, sitemap and search, and says which', async () => {
    await editArticle('how-tides-work', (article) => ({
      ...article,
      id: 'harbour-wall-repaired',
      headline: 'The harbour wall is repaired before the spring tides',
      // The newest sample story's UTC day: the first story of a new day would move that day into the month bundle.
      publishedAt: '2026-11-29T23:30:00+00:00',
    }));
    await cp(articleFile('how-tides-work'), articleFile('harbour-wall-repaired'));
    // The edit above went to how-tides-work's file: put it back as it was.
    await cp(
      path.join(projectRoot, 'public/content/articles/how-tides-work.json'),
      articleFile('how-tides-work'),
    );
    const run = publish(content, outDir, changesFile());
    const changes = await readChanges();
    expect(changes.kind).toBe('incremental');
    // Only the search index's old files, which Pagefind names by their contents.
    expect(changes.deleted.filter((file) => !file.startsWith('pagefind/recent/'))).toEqual([]);
    // The recent bundle holds this day: neither the month bundle nor an archive bundle is indexed again.
    expect(changes.written.filter((file) => /^pagefind\/(?:month|archive-)/.test(file))).toEqual([]);
    expect(changes.written.filter((file) => file.startsWith('pagefind/recent/')).length).toBeGreaterThan(0);
    expect(changes.written).toEqual(
      expect.arrayContaining([
        'science/harbour-wall-repaired/index.html',
        'content/articles/harbour-wall-repaired.json',
        'content/article-links/harbour-wall-repaired.json',
        'share-cards/science/harbour-wall-repaired/card.jpg',
        'science/index.html',
        'index.html',
        'content/front.json',
        'feeds/all.xml',
        'feeds/science.xml',
        'sitemap.xml',
        'pagefind/indexes.json',
      ]),
    );
    // Pages of other sections that neither list nor link to it are left alone.
    expect(changes.written).not.toContain('culture/index.html');
    expect(run.stdout).toContain('  + science/harbour-wall-repaired/index.html');
    const page = await readFile(path.join(outDir, 'science/harbour-wall-repaired/index.html'), 'utf8');
    expect(page).toContain('The harbour wall is repaired before the spring tides');
  }, 60_000);

  it('withdraws an article: its page, JSON and card are deleted, and it leaves its listings', async () => {
    await unlink(articleFile('harbour-wall-repaired'));
    publish(content, outDir, changesFile());
    const changes = await readChanges();
    expect(changes.deleted).toEqual(
      expect.arrayContaining([
        'science/harbour-wall-repaired/index.html',
        'content/articles/harbour-wall-repaired.json',
        'content/article-links/harbour-wall-repaired.json',
        'share-cards/science/harbour-wall-repaired/card.jpg',
      ]),
    );
    expect(await readFile(path.join(outDir, 'science/index.html'), 'utf8')).not.toContain(
      'harbour-wall-repaired',
    );
    expect(await readFile(path.join(outDir, 'feeds/all.xml'), 'utf8')).not.toContain('harbour-wall-repaired');
    // Its address is in the content's ledger, and its folder keeps the marker the server answers 410 for.
    expect(changes.written).toEqual(
      expect.arrayContaining(['content/past-addresses.json', 'science/harbour-wall-repaired/withdrawn.txt']),
    );
    const ledger = JSON.parse(await readFile(path.join(content, 'past-addresses.json'), 'utf8')) as {
      withdrawn: { path: string }[];
    };
    // With where it was listed, so its place stays and the listings' later pages keep their stories.
    expect(ledger.withdrawn).toEqual([
      {
        path: '/science/harbour-wall-repaired',
        withdrawnAt: expect.any(String) as unknown,
        // As the story was last published: how-tides-work's tags (as topic ids) and author.
        listed: {
          publishedAt: '2026-11-29T23:30:00+00:00',
          section: 'science',
          topics: ['tides', 'moon', 'oceans'],
          authors: ['callum-ferrier'],
        },
      },
    ]);
  }, 60_000);

  it('moves an article to another section: its old address goes into the ledger and the redirect map', async () => {
    const file = articleFile('bookshop-at-rope-walk');
    const article = JSON.parse(await readFile(file, 'utf8')) as { section: string };
    await writeFile(file, JSON.stringify({ ...article, section: 'science' }));
    publish(content, outDir, changesFile());
    const changes = await readChanges();
    expect(changes.written).toEqual(
      expect.arrayContaining([
        'science/bookshop-at-rope-walk/index.html',
        '_deploy/nginx/moved-articles.conf',
        'content/past-addresses.json',
      ]),
    );
    expect(changes.deleted).toContain('culture/bookshop-at-rope-walk/index.html');
    expect(await readFile(path.join(outDir, '_deploy/nginx/moved-articles.conf'), 'utf8')).toContain(
      '    /culture/bookshop-at-rope-walk /science/bookshop-at-rope-walk;',
    );
  }, 60_000);

  it('publishes again when a content file changes, with --watch, once the folder is quiet', async () => {
    const watcher = spawn(
      process.execPath,
      ['src/site-generator/publish/runPublish.mjs', '--outDir', outDir, '--watch'],
      {
        cwd: projectRoot,
        env: { ...process.env, NODE_ENV: 'production', BROADSHEET_CONTENT_DIR: content },
      },
    );
    let output = '';
    const seen = (text: string) =>
      new Promise<void>((resolve) => {
        const look = () => {
          if (output.includes(text)) resolve();
          else setTimeout(look, 100);
        };
        look();
      });
    watcher.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    try {
      await seen('publish: watching');
      // Three saves in a row, as an editor makes them: one publish.
      for (const headline of ['Busan, first draft', 'Busan, second draft', 'Busan: a port city at work']) {
        await editArticle('busan-port-city', (article) => ({ ...article, headline }));
      }
      await seen('busan-port-city/index.html');
      const page = await readFile(path.join(outDir, 'news/koreas/busan-port-city/index.html'), 'utf8');
      expect(page).toContain('Busan: a port city at work');
      expect(output.match(/^publish: \d+ files written/gm)).toHaveLength(2);
    } finally {
      watcher.kill('SIGINT');
    }
    await cp(
      path.join(projectRoot, 'public/content/articles/busan-port-city.json'),
      articleFile('busan-port-city'),
    );
    publish(content, outDir, changesFile());
  }, 60_000);

  it('refuses content with a problem, writing nothing and keeping the record', async () => {
    const recordNow = () =>
      Promise.all(
        [recordFiles.record, recordFiles.recordChanges].map((file) =>
          readFile(path.join(recordDirOf(outDir), file), 'utf8').catch(() => 'none'),
        ),
      );
    const record = await recordNow();
    await editArticle('busan-port-city', (article) => ({ ...article, section: 'no-such-section' }));
    const run = attemptPublish(content, outDir, changesFile());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('articles/busan-port-city.json');
    expect(run.stderr).toContain('Nothing was published');
    expect(await recordNow()).toEqual(record);
    await cp(
      path.join(projectRoot, 'public/content/articles/busan-port-city.json'),
      articleFile('busan-port-city'),
    );
  }, 60_000);

  it('builds everything after a publish that stopped part way, so nothing it wrote is left', async () => {
    await editArticle('how-tides-work', (article) => ({ ...article, id: 'half-published' }));
    await cp(articleFile('how-tides-work'), articleFile('half-published'));
    await cp(
      path.join(projectRoot, 'public/content/articles/how-tides-work.json'),
      articleFile('how-tides-work'),
    );
    // A folder where the new story's page goes: the publish copies its JSON, then fails on the page.
    const page = path.join(outDir, 'science/half-published/index.html');
    await mkdir(page, { recursive: true });
    const stopped = attemptPublish(content, outDir, changesFile());
    expect(stopped.status).toBe(1);
    const halfWritten = path.join(outDir, 'content/articles/half-published.json');
    expect(await readFile(halfWritten, 'utf8')).toContain('half-published');
    // The publisher takes the story back out: the content is what the record describes again.
    await rm(page, { recursive: true });
    await unlink(articleFile('half-published'));
    const run = publish(content, outDir, changesFile());
    expect(run.stdout).toContain('publish: a full build, because the last publish stopped part way');
    await expect(readFile(halfWritten, 'utf8')).rejects.toThrow(/ENOENT/);
    expect(publish(content, outDir, changesFile()).stdout).toContain('publish: 0 files written');
  }, 120_000);

  it('builds everything when site.json changed, and says so', async () => {
    const site = JSON.parse(await readFile(path.join(content, 'site.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    await writeFile(
      path.join(content, 'site.json'),
      JSON.stringify({ ...site, description: 'Independent news, published one story at a time.' }),
    );
    const run = publish(content, outDir, changesFile());
    expect(run.stdout).toContain('publish: a full build, because site.json changed');
    const changes = await readChanges();
    expect(changes.kind).toBe('full');
    expect(changes.written).toContain('index.html');
    const full = path.join(work, 'full');
    fullBuild(content, full);
    expect(await outputDifferences(outDir, full)).toEqual([]);
    await rm(recordDirOf(full), { recursive: true, force: true });
  }, 120_000);

  it('builds everything when the page template beside the record changed, and says so', async () => {
    const template = path.join(recordDirOf(outDir), recordFiles.template);
    await writeFile(template, `${await readFile(template, 'utf8')}<!-- edited by hand -->`);
    const run = publish(content, outDir, changesFile());
    expect(run.stdout).toContain(
      `publish: a full build, because the page template of the last build (${template}) is gone or changed`,
    );
    expect(await readFile(template, 'utf8')).not.toContain('edited by hand');
  }, 120_000);

  it('builds everything when there is no record to build on', async () => {
    await rm(path.join(recordDirOf(outDir), recordFiles.record));
    const run = publish(content, outDir, changesFile());
    expect(run.stdout).toContain('publish: a full build, because there is no record of an earlier build');
  }, 120_000);
});
