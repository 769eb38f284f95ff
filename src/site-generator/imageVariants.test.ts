// @vitest-environment node
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { validatedArticle } from '../testing/contentFixtures';
import { planImageVariants, writeImageVariants } from './imageVariants';
import { ContentError } from './loadContent';

const folders: string[] = [];

async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-images-'));
  folders.push(dir);
  return dir;
}

/** A content folder with a small generated photo at `images/{name}`. */
async function contentWithPhoto(name: string, width: number, height: number): Promise<string> {
  const dir = await tempFolder();
  await mkdir(path.join(dir, 'images'), { recursive: true });
  const photo = await sharp({ create: { width, height, channels: 3, background: '#3a7bd5' } })
    .jpeg()
    .toBuffer();
  await writeFile(path.join(dir, 'images', name), photo);
  return dir;
}

const hero = (src: string, width: number, height: number) => ({ src, alt: 'A test photo', width, height });

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error: unknown = await promise.then(
    () => new Error('expected the images to be rejected'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof ContentError)) throw error;
  return error.problems;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('planImageVariants', () => {
  it('plans each photo once, however many articles use it, and skips SVG', async () => {
    const dir = await contentWithPhoto('harbour.jpg', 700, 400);
    await writeFile(path.join(dir, 'images/map.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const articles = [
      validatedArticle({ id: 'one', image: hero('images/harbour.jpg', 700, 400) }),
      validatedArticle({ id: 'two', image: hero('images/harbour.jpg', 700, 400) }),
      validatedArticle({ id: 'three', image: hero('images/map.svg', 1200, 675) }),
    ];

    const sources = await planImageVariants(dir, articles);

    expect(sources.map((source) => source.src)).toEqual(['images/harbour.jpg']);
    expect(sources[0]?.variants.map((variant) => variant.path)).toEqual([
      'images/variants/harbour-320.avif',
      'images/variants/harbour-480.avif',
      'images/variants/harbour-700.avif',
      'images/variants/harbour-320.webp',
      'images/variants/harbour-480.webp',
      'images/variants/harbour-700.webp',
    ]);
  });

  it('reports a declared size that differs from the file, naming the article and the field', async () => {
    const dir = await contentWithPhoto('harbour.jpg', 700, 400);
    const articles = [
      validatedArticle({
        id: 'wrong',
        image: hero('images/harbour.jpg', 1600, 400),
        body: [{ type: 'image', ...hero('images/harbour.jpg', 700, 450) }],
      }),
    ];

    expect(await problemsOf(planImageVariants(dir, articles))).toEqual([
      'articles/wrong.json: image.width: expected 700, the width of images/harbour.jpg, received 1600',
      'articles/wrong.json: body[0].height: expected 400, the height of images/harbour.jpg, received 450',
    ]);
  });

  it('reports missing images of every kind and two photos whose variants would collide', async () => {
    const dir = await contentWithPhoto('harbour.jpg', 700, 400);
    await writeFile(path.join(dir, 'images/harbour.png'), 'a file');
    await writeFile(path.join(dir, 'images/broken.jpg'), 'not a photo');
    const articles = [
      validatedArticle({ id: 'a', image: hero('images/harbour.jpg', 700, 400) }),
      validatedArticle({ id: 'b', image: hero('images/harbour.png', 700, 400) }),
      validatedArticle({ id: 'c', image: hero('images/gone.jpg', 700, 400) }),
      validatedArticle({ id: 'd', image: hero('images/gone.svg', 700, 400) }),
      validatedArticle({ id: 'e', image: hero('images/broken.jpg', 700, 400) }),
    ];

    expect(await problemsOf(planImageVariants(dir, articles))).toEqual([
      'articles/b.json: image.src: "images/harbour.png" would share its variants with "images/harbour.jpg", rename one',
      'articles/c.json: image.src: "images/gone.jpg" is missing',
      'articles/d.json: image.src: "images/gone.svg" is missing',
      'articles/e.json: image.src: "images/broken.jpg" is missing or is not a readable image',
    ]);
  });

  it('refuses an image that leads outside the content folder, even through a link', async () => {
    const outside = await contentWithPhoto('outside.jpg', 300, 200);
    const dir = await contentWithPhoto('harbour.jpg', 700, 400);
    await symlink(path.join(outside, 'images/outside.jpg'), path.join(dir, 'images/linked.jpg'));
    // Built directly: the contract itself already refuses `..` in a source file.
    const article = (id: string, src: string) => ({
      ...validatedArticle({ id }),
      image: hero(src, 300, 200),
    });

    expect(
      await problemsOf(
        planImageVariants(dir, [article('up', '../outside.jpg'), article('linked', 'images/linked.jpg')]),
      ),
    ).toEqual([
      'articles/up.json: image.src: "../outside.jpg" leads outside the content folder',
      'articles/linked.json: image.src: "images/linked.jpg" leads outside the content folder',
    ]);
  });
});

describe('writeImageVariants', () => {
  it('writes AVIF and WebP files at their real widths, keeping the aspect ratio', async () => {
    const dir = await contentWithPhoto('harbour.jpg', 700, 400);
    const outDir = await tempFolder();
    const sources = await planImageVariants(dir, [
      validatedArticle({ image: hero('images/harbour.jpg', 700, 400) }),
    ]);

    await writeImageVariants(sources, { outDir, cacheDir: await tempFolder() });

    for (const variant of sources[0]?.variants ?? []) {
      const metadata = await sharp(path.join(outDir, variant.path)).metadata();
      expect([metadata.format, metadata.width, metadata.height], variant.path).toEqual([
        variant.format === 'avif' ? 'heif' : 'webp',
        variant.width,
        Math.round((variant.width * 400) / 700),
      ]);
    }
  });

  it('encodes nothing the second time, taking every file from the cache', async () => {
    const dir = await contentWithPhoto('harbour.jpg', 500, 300);
    const cacheDir = await tempFolder();
    const sources = await planImageVariants(dir, [
      validatedArticle({ image: hero('images/harbour.jpg', 500, 300) }),
    ]);

    const first = await writeImageVariants(sources, {
      outDir: await tempFolder(),
      cacheDir,
    });
    const outDir = await tempFolder();
    const second = await writeImageVariants(sources, { outDir, cacheDir });

    expect([first.files, first.encoded]).toEqual([4, 4]);
    expect([second.files, second.encoded]).toEqual([4, 0]);
    expect(await readdir(path.join(outDir, 'images/variants'))).toHaveLength(4);
  });
});
