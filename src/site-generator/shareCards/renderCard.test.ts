// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { nonEmptyTextSchema } from '../../features/content/contract/fieldSchemas';
import { nonEmptyText } from '../../testing/contentArbitraries';
import type { CardText } from './cardLayout';
import { CARD_BYTE_BUDGET, renderShareCard } from './renderCard';

const numRuns = Number(process.env.FC_RUNS ?? 6);
const sampleImage = (name: string) =>
  readFile(path.resolve(import.meta.dirname, '../../../public/content/images', name));
const article = (title: string): CardText => ({
  layout: 'article',
  siteName: 'Broadsheet',
  kicker: 'Koreas',
  title,
});

/** Format, size and byte count of a card, as a crawler would find them. */
async function describeCard(bytes: Buffer) {
  const { format, width, height } = await sharp(bytes).metadata();
  return { format, width, height, isWithinBudget: bytes.length <= CARD_BYTE_BUDGET };
}
const expected = { format: 'jpeg', width: 1200, height: 630, isWithinBudget: true };

describe('renderShareCard', () => {
  it.each([
    ['an SVG drawing', 'jikji-movable-type.svg'],
    ['a JPEG photo', 'seoraksan-national-park.jpg'],
  ])('draws an article card over %s as a 1200×630 JPEG within the budget', async (_kind, file) => {
    const { bytes, hasPicture } = await renderShareCard(
      article('Jikji: the Korean book that beat Gutenberg'),
      await sampleImage(file),
    );

    expect(hasPicture).toBe(true);
    expect(await describeCard(bytes)).toEqual(expected);
  });

  it('crops a picture of any shape to cover the card', async () => {
    const tall = await sharp({ create: { width: 300, height: 900, channels: 4, background: '#3a7bd5' } })
      .png()
      .toBuffer();

    const { bytes } = await renderShareCard(article('A tall picture'), tall);

    expect(await describeCard(bytes)).toEqual(expected);
  });

  it('keeps a picture too detailed to fit the budget within it, or sets the card on paper', async () => {
    const pixels = Buffer.alloc(1200 * 630 * 3);
    // A fixed pseudo-random sequence: noise, the thing JPEG compresses worst.
    for (let index = 0, seed = 1; index < pixels.length; index += 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      pixels[index] = seed >>> 16;
    }
    const noise = await sharp(pixels, { raw: { width: 1200, height: 630, channels: 3 } })
      .png()
      .toBuffer();

    const { bytes } = await renderShareCard(article('Static'), noise);

    expect(await describeCard(bytes)).toEqual(expected);
  });

  it('sets the card on paper when the picture cannot be decoded', async () => {
    const { bytes, hasPicture } = await renderShareCard(article('A broken picture'), Buffer.from('<svg'));

    expect(hasPicture).toBe(false);
    expect(await describeCard(bytes)).toEqual(expected);
  });

  it.each<[string, CardText]>([
    ['the front page', { layout: 'nameplate', siteName: 'Broadsheet', description: 'News, slowly.' }],
    [
      'a section',
      { layout: 'section', siteName: 'Broadsheet', title: 'Koreas', description: 'The latest from Koreas.' },
    ],
    ['an article without a picture', article('The harbour reopens')],
  ])('draws %s on paper', async (_kind, text) => {
    const { bytes, hasPicture } = await renderShareCard(text);

    expect(hasPicture).toBe(false);
    expect(await describeCard(bytes)).toEqual(expected);
  });

  it('draws a card for any headline and site name the contract accepts', async () => {
    await fc.assert(
      fc.asyncProperty(nonEmptyText, nonEmptyText, async (headline, siteName) => {
        const text: CardText = {
          layout: 'article',
          siteName: v.parse(nonEmptyTextSchema, siteName),
          kicker: 'Koreas',
          title: v.parse(nonEmptyTextSchema, headline),
        };
        const { bytes } = await renderShareCard(text);
        expect(await describeCard(bytes)).toEqual(expected);
      }),
      { numRuns },
    );
  }, 60_000);
});
