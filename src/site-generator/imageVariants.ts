import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { isWebAddress } from '../features/content/contract/addresses.ts';
import type { Article, Page } from '../features/content/contract/schema.ts';
import { imageVariants, variantStem, type VariantFormat } from '../features/content/imageVariants.ts';
import { ContentError } from './loadContent.ts';
import { articleImages, type ArticleImage } from './articleImages.ts';
import { bodyImagesOf } from './listedArticle.ts';

/** One source file with variants, however many articles use it, and what it is made into. */
export type VariantSource = { src: string; file: string; variants: Variant[] };
export type Variant = { path: string; width: number; format: VariantFormat };
export type VariantReport = { files: number; encoded: number; bytes: number; sourceBytes: number };

/**
 * Encoder settings. AVIF is the slow one: for a detailed 1600 px photo, effort
 * 4 (the default) took 10 s, effort 3 3.4 s and effort 2 2 s, for files of 60,
 * 67 and 74 KB. Effort 2 keeps a cold build of the sample content short; the
 * cache makes later builds cheap anyway. Quality 50 (AVIF) and 75 (WebP) show
 * no visible artefacts at display size.
 */
const ENCODERS = {
  avif: { quality: 50, effort: 2, chromaSubsampling: '4:2:0' },
  webp: { quality: 75, effort: 4 },
} as const;

/** The uses of files in the content folder, grouped by file (pictures on other servers are used as they are). */
function usesByFile(images: Iterable<ArticleImage>): Map<string, ArticleImage[]> {
  const uses = new Map<string, ArticleImage[]>();
  for (const use of images) {
    if (isWebAddress(use.image.src)) continue;
    // Added to in place: an archive shows one photo on thousands of pages, and copying is quadratic.
    const known = uses.get(use.image.src);
    if (known) known.push(use);
    else uses.set(use.image.src, [use]);
  }
  return uses;
}

/** A relative address as the file a web server would send for it: its path, each segment decoded. */
export function decodedPath(relative: string): string {
  return (relative.split(/[?#]/, 1)[0] ?? '').split('/').map(decodeURIComponent).join('/');
}

const isInside = (folder: string, file: string) => file.startsWith(folder + path.sep);

/**
 * The file in the content folder that `src` names, resolved the way a web
 * server would and through any symbolic link, or a problem: missing, or
 * leading outside the folder (the contract refuses `..`; this is the check
 * on disk).
 */
export async function resolveImageFile(
  contentDir: string,
  src: string,
): Promise<{ file?: string; problem?: string }> {
  const folder = path.resolve(contentDir);
  const file = path.resolve(folder, decodedPath(src));
  if (!isInside(folder, file)) return { problem: 'leads outside the content folder' };
  const real = await realpath(file).catch(() => undefined);
  const isFile = real !== undefined && (await stat(real)).isFile();
  if (!isFile) return { problem: 'is missing' };
  if (!isInside(await realpath(folder), real)) return { problem: 'leads outside the content folder' };
  return { file: real };
}

const blame = (uses: readonly ArticleImage[], what: string) =>
  uses.map(({ label, where, image }) => `${label}: ${where}.src: "${image.src}" ${what}`);

/** A photo's problems (unreadable, or a use declaring the wrong size), and the variants to make of it. */
async function checkPhoto(
  src: string,
  file: string,
  uses: readonly ArticleImage[],
): Promise<{ problems: string[]; source?: VariantSource }> {
  const metadata = await sharp(file)
    .metadata()
    .catch(() => undefined);
  if (!metadata) return { problems: blame(uses, 'is missing or is not a readable image') };
  // The size the picture is shown at, after any EXIF rotation.
  const real = metadata.autoOrient;
  const problems = uses.flatMap(({ label, where, image }) =>
    (['width', 'height'] as const)
      .filter((key) => image[key] !== real[key])
      .map(
        (key) =>
          `${label}: ${where}.${key}: expected ${String(real[key])}, the ${key} of ${src}, received ${String(image[key])}`,
      ),
  );
  const variants = imageVariants(src, real.width).flatMap(({ format, files }) =>
    files.map((variant) => ({ ...variant, format })),
  );
  return { problems, source: { src, file, variants } };
}

/**
 * Checks each referenced image once: that it exists inside the content
 * folder; for photos also that sharp can read it, that every use declares its
 * true width and height, and that no two photos would share variant names.
 * Returns every problem found, and the variants to make of the photos.
 */
export async function checkImages(
  contentDir: string,
  images: Iterable<ArticleImage>,
): Promise<{ sources: VariantSource[]; problems: string[] }> {
  const problems: string[] = [];
  const sources: VariantSource[] = [];
  const srcByStem = new Map<string, string>();
  for (const [src, uses] of usesByFile(images)) {
    const { file, problem } = await resolveImageFile(contentDir, src);
    if (file === undefined) {
      problems.push(...blame(uses, problem ?? 'is missing'));
      continue;
    }
    const stem = variantStem(src);
    if (stem === undefined) continue;
    const other = srcByStem.get(stem);
    if (other !== undefined) {
      problems.push(...blame(uses, `would share its variants with "${other}", rename one`));
      continue;
    }
    srcByStem.set(stem, src);
    const photo = await checkPhoto(src, file, uses);
    problems.push(...photo.problems);
    if (photo.source) sources.push(photo.source);
  }
  return { sources, problems };
}

/** The variants to make of every photo the articles and pages use; throws a ContentError with every image problem. */
export async function planImageVariants(
  contentDir: string,
  articles: readonly Article[],
  pages: readonly Page[] = [],
): Promise<VariantSource[]> {
  const { sources, problems } = await checkImages(
    contentDir,
    // Only what the image checks need: not the listed form, whose reading times they do not use.
    articleImages(
      articles.map(({ id, image, body }) => ({ id, image, bodyImages: bodyImagesOf(body) })),
      pages,
    ),
  );
  if (problems.length > 0) throw new ContentError(problems);
  return sources;
}

/**
 * One variant's bytes, from the cache when the same source bytes were encoded
 * at the same width, format and settings before.
 */
export async function encodeVariant(source: Buffer, variant: Variant, cacheDir: string) {
  const key = createHash('sha256')
    .update(source)
    .update(JSON.stringify([variant.width, variant.format, ENCODERS[variant.format]]))
    .digest('hex')
    .slice(0, 32);
  const cached = path.join(cacheDir, `${key}.${variant.format}`);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit) return { bytes: hit, isEncoded: false };
  const resized = sharp(source).autoOrient().resize({ width: variant.width });
  const bytes =
    variant.format === 'avif'
      ? await resized.avif(ENCODERS.avif).toBuffer()
      : await resized.webp(ENCODERS.webp).toBuffer();
  await mkdir(cacheDir, { recursive: true });
  await writeFile(cached, bytes);
  return { bytes, isEncoded: true };
}

/** Writes every variant into `outDir` (the content folder of dist/), two source files at a time. */
export async function writeImageVariants(
  sources: readonly VariantSource[],
  { outDir, cacheDir }: { outDir: string; cacheDir: string },
): Promise<VariantReport> {
  const report: VariantReport = { files: 0, encoded: 0, bytes: 0, sourceBytes: 0 };
  const queue = [...sources];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const source = await readFile(next.file);
      report.sourceBytes += source.length;
      for (const variant of next.variants) {
        const { bytes, isEncoded } = await encodeVariant(source, variant, cacheDir);
        const target = path.join(outDir, decodedPath(variant.path));
        if (!isInside(path.resolve(outDir), path.resolve(target)))
          throw new Error(`${target} is outside ${outDir}`);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, bytes);
        report.files += 1;
        report.bytes += bytes.length;
        if (isEncoded) report.encoded += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
  return report;
}
