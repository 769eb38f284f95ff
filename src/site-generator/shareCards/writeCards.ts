import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { shareCardPath } from '../../features/content/contract/shareCard.ts';
import { resolveImageFile } from '../imageVariants.ts';
import { typeVersions } from './cardFonts.ts';
import type { CardPlan } from './planCards.ts';
import { renderShareCard } from './renderCard.ts';

/** Raise it whenever a change to the card code changes a card's pixels, so cached cards are drawn again. */
export const CARD_CODE_VERSION = 1;

export type CardReport = {
  cards: number;
  /** How many were drawn; the rest came from the cache. */
  drawn: number;
  /** Every card's size in bytes, by its file below the output folder. */
  sizes: Map<string, number>;
  /** Cards whose picture could not be read or decoded, and so were set on paper. */
  warnings: string[];
};

/**
 * What a card's pixels depend on, and nothing else (not the page's address,
 * not the picture's file name): its words and layout, the picture's bytes,
 * the card code and the versions of the fonts, the outliner and libvips.
 */
function cacheKey(plan: CardPlan, picture: Buffer | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_CODE_VERSION, typeVersions(), sharp.versions.vips, plan.text]))
    .update(picture ?? '')
    .digest('hex')
    .slice(0, 32);
}

async function pictureBytes(contentDir: string, src: string | undefined): Promise<Buffer | undefined> {
  if (src === undefined) return undefined;
  const { file } = await resolveImageFile(contentDir, src);
  return file === undefined ? undefined : readFile(file);
}

/** A card's bytes: the file in the cache, or (a card not cached) the bytes themselves. */
type CardSource = { cached: string; size: number } | { bytes: Buffer; size: number };

/**
 * Puts one card at `target`: a hard link to its file in the cache where it
 * has one (a large archive's cards are then on disk once, and a warm build
 * copies nothing), else a copy, else its bytes.
 */
async function placeCard(target: string, source: CardSource) {
  await mkdir(path.dirname(target), { recursive: true });
  await rm(target, { force: true });
  if ('bytes' in source) return writeFile(target, source.bytes);
  await link(source.cached, target).catch(() => copyFile(source.cached, target));
}

/**
 * Draws one card into the cache, unless a card with the same key is there
 * already. It is written under a temporary name and renamed, so a build
 * stopped halfway leaves no half-written card to reuse. A card drawn without
 * the picture it was meant to have is not cached, so it is tried again next time.
 */
async function cachedCard(plan: CardPlan, contentDir: string, cacheDir: string) {
  const picture = await pictureBytes(contentDir, plan.picture);
  const cached = path.join(cacheDir, `${cacheKey(plan, picture)}.jpg`);
  const size = await stat(cached).then(
    (found) => found.size,
    () => undefined,
  );
  if (size !== undefined) return { source: { cached, size }, isDrawn: false, isPictureMissing: false };
  const { bytes, hasPicture } = await renderShareCard(plan.text, picture);
  if (plan.picture !== undefined && !hasPicture) {
    return { source: { bytes, size: bytes.length }, isDrawn: true, isPictureMissing: true };
  }
  await mkdir(cacheDir, { recursive: true });
  const partial = `${cached}.${String(process.pid)}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, cached);
  return { source: { cached, size: bytes.length }, isDrawn: true, isPictureMissing: false };
}

/**
 * Writes every card into `outDir` (the site's output folder) at the address
 * shareCardPath gives its page, two at a time, drawing only those the cache
 * does not hold.
 */
export async function writeShareCards(
  plans: readonly CardPlan[],
  { contentDir, outDir, cacheDir }: { contentDir: string; outDir: string; cacheDir: string },
): Promise<CardReport> {
  const report: CardReport = { cards: 0, drawn: 0, sizes: new Map(), warnings: [] };
  const queue = [...plans];
  const worker = async () => {
    for (let plan = queue.shift(); plan; plan = queue.shift()) {
      const card = await cachedCard(plan, contentDir, cacheDir);
      const file = shareCardPath(plan.pagePath).slice(1);
      await placeCard(path.join(outDir, file), card.source);
      report.cards += 1;
      report.sizes.set(file, card.source.size);
      if (card.isDrawn) report.drawn += 1;
      if (card.isPictureMissing) {
        report.warnings.push(
          `share card of ${plan.pagePath}: "${plan.picture ?? ''}" could not be drawn, so the card has no picture`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, availableParallelism()) }, worker));
  return report;
}

/** The build's line about the cards: how many were drawn, how long it took, and their sizes. */
export function cardSummary(report: CardReport, milliseconds: number): string {
  const sizes = [...report.sizes].sort(([, a], [, b]) => a - b);
  const kilobytes = (bytes: number) => `${String(Math.round(bytes / 1024))} KiB`;
  const [smallest, largest] = [sizes[0], sizes.at(-1)];
  const range =
    smallest && largest
      ? `, ${kilobytes(smallest[1])} to ${kilobytes(largest[1])} (largest ${largest[0]})`
      : '';
  return (
    `share cards: ${String(report.cards)} cards (${String(report.drawn)} drawn, the rest cached) ` +
    `in ${String(Math.round(milliseconds))} ms${range}`
  );
}
