import { SHARE_CARD } from '../../features/content/contract/shareCard.ts';
import { serifFace } from './cardFonts.ts';
import { setBlock, type BlockStyle, type SetBlock } from './cardText.ts';

/**
 * The words on a card: the front page's nameplate, or a story: an article's
 * headline or a section's title (set larger, with its description), under a
 * band with the site's name and the section above it.
 */
export type CardText =
  | { layout: 'nameplate'; siteName: string; description: string }
  | { layout: 'article'; siteName: string; kicker?: string; title: string }
  | { layout: 'section'; siteName: string; kicker?: string; title: string; description: string };
type StoryText = Exclude<CardText, { layout: 'nameplate' }>;

/** The light palette of src/index.css (a unit test holds them equal): cards are always light. */
export const CARD_PALETTE = {
  paper: '#fbfaf7',
  ink: '#1b1b1b',
  muted: '#595650',
  rule: '#d8d3c7',
  accent: '#a1150f',
} as const;

const { width: WIDTH, height: HEIGHT } = SHARE_CARD;
const PAD = 64;
const TEXT_WIDTH = WIDTH - 2 * PAD;
/** The masthead band along the top of a story card, and the rule under it. */
export const BAND = { height: 96, rule: 5 } as const;
/** Source Serif 4's cap height, in ems: to centre a line of capitals in the band. */
const CAP_HEIGHT = 0.67;
const LEADING = 1.14;

type Shape = string;
const rect = (x: number, y: number, w: number, h: number, fill: string, extra = '') =>
  `<rect x="${String(x)}" y="${String(y)}" width="${String(w)}" height="${String(h)}" fill="${fill}"${extra}/>`;
const outline = (data: string, fill: string) => (data ? `<path d="${data}" fill="${fill}"/>` : '');

async function block(text: string | undefined, weight: 400 | 700 | 900, style: BlockStyle) {
  return text === undefined ? null : setBlock(text, await serifFace(weight), style);
}

/** The lines of a set block, from the baseline of its first line, aligned start or centre. */
function linesOf(set: SetBlock, firstBaseline: number, fill: string, isCentred = false): Shape {
  return set.lines
    .map((line, index) => {
      const x = isCentred ? (WIDTH - line.width) / 2 : PAD;
      return outline(line.toPath(x, firstBaseline + index * set.size * LEADING), fill);
    })
    .join('');
}

const blockHeight = (set: SetBlock | null) => (set ? (set.lines.length - 1) * set.size * LEADING : 0);

/** The band: the site's name at the start, the section at the end, a rule beneath. */
async function band(siteName: string, kicker: string | undefined): Promise<Shape> {
  const baseline = (size: number) => Math.round((BAND.height + size * CAP_HEIGHT) / 2);
  const sectionSize = 28;
  const section = (await block(kicker, 700, { sizes: [sectionSize], maxWidth: 380, maxLines: 1 }))?.lines[0];
  const masthead = await block(siteName, 900, {
    sizes: [54, 46, 38],
    maxWidth: TEXT_WIDTH - (section ? section.width + 40 : 0),
    maxLines: 1,
  });
  return [
    rect(0, 0, WIDTH, BAND.height, CARD_PALETTE.paper),
    rect(0, BAND.height, WIDTH, BAND.rule, CARD_PALETTE.ink),
    masthead ? linesOf(masthead, baseline(masthead.size), CARD_PALETTE.ink) : '',
    section
      ? outline(section.toPath(WIDTH - PAD - section.width, baseline(sectionSize)), CARD_PALETTE.accent)
      : '',
  ].join('');
}

/** Title sizes, largest first: a section's title is a word or two, an article's headline a sentence. */
const titleSizes = (text: StoryText, onPaper: boolean) =>
  text.layout === 'section' ? [88, 72, 60] : onPaper ? [72, 64, 56] : [64, 56, 48];
const descriptionOf = (text: StoryText) => (text.layout === 'section' ? text.description : undefined);

/** A story over its picture: white type on a shade that darkens towards the foot. */
async function overPicture(text: StoryText): Promise<Shape> {
  const foot = HEIGHT - 56;
  const about = await block(descriptionOf(text), 400, { sizes: [30], maxWidth: TEXT_WIDTH, maxLines: 2 });
  const aboutFirst = foot - blockHeight(about);
  const headline = await block(text.title, 700, {
    sizes: titleSizes(text, false),
    maxWidth: TEXT_WIDTH,
    maxLines: 3,
  });
  const headlineLast = about ? aboutFirst - 30 * CAP_HEIGHT - 30 : foot;
  const headlineFirst = headlineLast - blockHeight(headline);
  const shadeTop = Math.max(BAND.height, headlineFirst - (headline?.size ?? 0) - 160);
  return [
    '<defs><linearGradient id="shade" x1="0" y1="0" x2="0" y2="1">',
    '<stop offset="0" stop-color="#000" stop-opacity="0"/>',
    '<stop offset="0.45" stop-color="#000" stop-opacity="0.5"/>',
    '<stop offset="1" stop-color="#000" stop-opacity="0.86"/></linearGradient></defs>',
    rect(0, shadeTop, WIDTH, HEIGHT - shadeTop, 'url(#shade)'),
    headline ? linesOf(headline, headlineFirst, '#ffffff') : '',
    about ? linesOf(about, aboutFirst, '#ffffff') : '',
  ].join('');
}

/** A story on paper: an accent bar, the title in ink and the description in grey, centred in the space. */
async function onPaper(text: StoryText): Promise<Shape> {
  const headline = await block(text.title, 700, {
    sizes: titleSizes(text, true),
    maxWidth: TEXT_WIDTH,
    maxLines: 3,
  });
  const about = await block(descriptionOf(text), 400, { sizes: [32], maxWidth: TEXT_WIDTH, maxLines: 2 });
  const headlineHeight = headline ? blockHeight(headline) + headline.size * CAP_HEIGHT : 0;
  const aboutHeight = about ? blockHeight(about) + 32 * 0.75 + 36 : 0;
  const top = BAND.height + (HEIGHT - BAND.height - (40 + headlineHeight + aboutHeight)) / 2;
  const headlineFirst = top + 40 + (headline ? headline.size * CAP_HEIGHT : 0);
  return [
    rect(PAD, top, 96, 6, CARD_PALETTE.accent),
    headline ? linesOf(headline, headlineFirst, CARD_PALETTE.ink) : '',
    about ? linesOf(about, headlineFirst + blockHeight(headline) + 32 * 0.75 + 36, CARD_PALETTE.muted) : '',
  ].join('');
}

/** The front page: the site's name as a nameplate between rules, its description beneath. */
async function nameplate(siteName: string, description: string): Promise<Shape> {
  const name = await block(siteName, 900, { sizes: [128, 104, 84, 64], maxWidth: TEXT_WIDTH, maxLines: 1 });
  const about = await block(description, 400, { sizes: [34], maxWidth: TEXT_WIDTH - 80, maxLines: 2 });
  const rules = (y: number, thickFirst: boolean) =>
    thickFirst
      ? rect(PAD, y, TEXT_WIDTH, 6, CARD_PALETTE.ink) + rect(PAD, y + 12, TEXT_WIDTH, 2, CARD_PALETTE.ink)
      : rect(PAD, y, TEXT_WIDTH, 2, CARD_PALETTE.ink) + rect(PAD, y + 8, TEXT_WIDTH, 6, CARD_PALETTE.ink);
  return [
    rules(118, false),
    name ? linesOf(name, 292, CARD_PALETTE.ink, true) : '',
    rules(340, true),
    about ? linesOf(about, 430, CARD_PALETTE.muted, true) : '',
  ].join('');
}

/**
 * The card's type and rules as one SVG the size of the card, every letter an
 * outline; `hasPicture` says whether a picture fills the space under the band.
 */
export async function cardOverlay(text: CardText, hasPicture: boolean): Promise<string> {
  const shapes =
    text.layout === 'nameplate'
      ? await nameplate(text.siteName, text.description)
      : [
          hasPicture ? await overPicture(text) : await onPaper(text),
          await band(text.siteName, text.kicker),
        ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${String(WIDTH)}" height="${String(HEIGHT)}">${shapes}</svg>`;
}
