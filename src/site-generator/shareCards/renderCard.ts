import sharp from 'sharp';
import { SHARE_CARD } from '../../features/content/contract/shareCard.ts';
import { BAND, CARD_PALETTE, cardOverlay, type CardText } from './cardLayout.ts';

/** Link previews are fetched by crawlers with size limits of their own; every card stays under this. */
export const CARD_BYTE_BUDGET = 150_000;

/**
 * Encodings tried in turn until the card fits the budget: 4:4:4 chroma keeps
 * the red of the section name and the edges of white type clean, and gives
 * way to 4:2:0 only for a picture too detailed to fit otherwise. Plain
 * libjpeg with optimised, progressive coding: mozjpeg made cards about 12%
 * smaller but took five times as long (260 ms a card against 50).
 */
const ENCODINGS = [
  { quality: 80, chromaSubsampling: '4:4:4' },
  { quality: 70, chromaSubsampling: '4:4:4' },
  { quality: 60, chromaSubsampling: '4:2:0' },
  { quality: 45, chromaSubsampling: '4:2:0' },
] as const;

const PICTURE = { width: SHARE_CARD.width, height: SHARE_CARD.height - BAND.height - BAND.rule } as const;

/**
 * The picture cropped to fill the space under the band. An SVG is drawn at
 * the density that makes it cover that space, not scaled up from its own size.
 */
async function pictureLayer(picture: Buffer): Promise<Buffer> {
  const metadata = await sharp(picture).metadata();
  const scale = Math.max(PICTURE.width / metadata.width, PICTURE.height / metadata.height);
  const density = metadata.format === 'svg' ? Math.max(72, 72 * scale) : undefined;
  return sharp(picture, density === undefined ? {} : { density })
    .autoOrient()
    .resize(PICTURE.width, PICTURE.height, { fit: 'cover', position: 'centre' })
    .flatten({ background: CARD_PALETTE.paper })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

/** The card as a JPEG, at the best encoding that fits the budget, or undefined if none does. */
async function encodeCard(text: CardText, layer: Buffer | undefined): Promise<Buffer | undefined> {
  const overlay = Buffer.from(await cardOverlay(text, layer !== undefined));
  const { width, height } = SHARE_CARD;
  const { data, info } = await sharp({
    create: { width, height, channels: 3, background: CARD_PALETTE.paper },
  })
    .composite([
      ...(layer ? [{ input: layer, top: height - PICTURE.height, left: 0 }] : []),
      { input: overlay, top: 0, left: 0 },
    ])
    .raw()
    .toBuffer({ resolveWithObject: true });
  for (const encoding of ENCODINGS) {
    const bytes = await sharp(data, { raw: info })
      .jpeg({ ...encoding, optimiseCoding: true, progressive: true })
      .toBuffer();
    if (bytes.length <= CARD_BYTE_BUDGET) return bytes;
  }
  return undefined;
}

/**
 * A share card: the picture (if any) under the band, the type over it, as a
 * JPEG of exactly SHARE_CARD's size within CARD_BYTE_BUDGET. Without a
 * picture, or with one that cannot be decoded or is too detailed to fit the
 * budget, the card is set on paper (some 40 KB).
 */
export async function renderShareCard(
  text: CardText,
  picture?: Buffer,
): Promise<{ bytes: Buffer; hasPicture: boolean }> {
  const layer = picture && (await pictureLayer(picture).catch(() => undefined));
  const withPicture = layer && (await encodeCard(text, layer));
  if (withPicture) return { bytes: withPicture, hasPicture: true };
  const onPaper = await encodeCard(text, undefined);
  if (!onPaper) throw new Error(`a share card without a picture is over ${String(CARD_BYTE_BUDGET)} bytes`);
  return { bytes: onPaper, hasPicture: false };
}
