// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const staleIndex = '<!doctype html><title>an earlier build</title>';
let work = '';

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'broadsheet-run-build-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/**
 * The sample content with one file changed by `edit`, built with
 * `npm run build`'s script into an output folder that holds an earlier
 * build's index.html.
 */
async function buildBroken(name: string, file: string, edit: (data: Record<string, unknown>) => void) {
  const contentDir = path.join(work, name, 'content');
  const outDir = path.join(work, name, 'dist');
  await cp(path.join(root, 'public/content'), contentDir, { recursive: true });
  const data = JSON.parse(await readFile(path.join(contentDir, file), 'utf8')) as Record<string, unknown>;
  edit(data);
  await writeFile(path.join(contentDir, file), JSON.stringify(data));
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'index.html'), staleIndex);
  const run = spawnSync(process.execPath, ['src/site-generator/runBuild.mjs', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, BROADSHEET_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { ...run, outDir };
}

describe('npm run build with a content error', () => {
  it('names the article and field of a photo whose declared width is wrong, once, and stops before prerendering', async () => {
    const run = await buildBroken('photo', 'articles/boseong-green-tea-fields.json', (article) => {
      const image = article.image as { width: number };
      image.width += 1;
    });

    const problem =
      'articles/boseong-green-tea-fields.json: image.width: expected 1600, the width of images/boseong-green-tea-fields.jpg, received 1601';
    expect(run.status).toBe(1);
    expect(run.stderr.split(problem)).toHaveLength(2);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain('ENOENT');
    expect(await readFile(path.join(run.outDir, 'index.html'), 'utf8')).toBe(staleIndex);
    expect(await readdir(run.outDir)).toEqual(['index.html']);
  }, 60_000);

  it('names the file and JSON path of a block that breaks the contract, without a stack trace', async () => {
    const run = await buildBroken('block', 'articles/ondol-floor-heating.json', (article) => {
      (article.body as unknown[]).push({ type: 'video', src: 'clip.mp4' });
    });

    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^ {2}articles\/ondol-floor-heating\.json: body\[\d+\]\.type: expected one of paragraph, heading, pullquote, image, list, received "video"$/m,
    );
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(await readdir(run.outDir)).toEqual(['index.html']);
  }, 60_000);
});

describe('npm run build of content kept outside the repository, for a deployment address', () => {
  it('publishes its own articles, and site.json with the deployment address, as the pages name it', async () => {
    const contentDir = path.join(work, 'outside', 'content');
    const outDir = path.join(work, 'outside', 'dist');
    await cp(path.join(root, 'public/content'), contentDir, { recursive: true });
    // The sample content is in public/ too: the build must publish this folder's version of each file.
    const articleFile = path.join(contentDir, 'articles/ondol-floor-heating.json');
    const article = JSON.parse(await readFile(articleFile, 'utf8')) as { headline: string };
    await writeFile(articleFile, JSON.stringify({ ...article, headline: 'A headline only this folder has' }));
    // As `npm run build` runs: without the test runner's NODE_ENV=test, which would ask for React's development JSX.
    const environment = { ...process.env };
    delete environment.NODE_ENV;
    const run = spawnSync(process.execPath, ['src/site-generator/runBuild.mjs', '--outDir', outDir], {
      cwd: root,
      env: {
        ...environment,
        BROADSHEET_CONTENT_DIR: contentDir,
        BROADSHEET_SITE_URL: 'https://me.github.io/fork/',
      },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const site = JSON.parse(await readFile(path.join(outDir, 'content/site.json'), 'utf8')) as {
      url: string;
    };
    expect(site.url).toBe('https://me.github.io/fork/');
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain(
      '<link rel="canonical" href="https://me.github.io/fork/"/>',
    );
    const published = JSON.parse(
      await readFile(path.join(outDir, 'content/articles/ondol-floor-heating.json'), 'utf8'),
    ) as { headline: string };
    expect(published.headline).toBe('A headline only this folder has');
  }, 120_000);
});
