import type opentype from 'opentype.js';
import { pathData } from './outlinePath.ts';

/**
 * Text set as outlines for a card: measured and wrapped here, drawn as SVG
 * paths, so no renderer ever looks for a font. Only the scripts the fonts
 * cover can be set (Latin, Greek, Cyrillic); text with any other letter is
 * not set at all (the caller leaves it off), rather than set with holes.
 */

/** A run of text that one font draws. */
type Run = { font: opentype.Font; text: string };
export type SetLine = { text: string; width: number; toPath: (x: number, baseline: number) => string };
export type SetBlock = { size: number; lines: SetLine[] };
export type BlockStyle = {
  /** Font sizes to try, largest first; the first that fits in maxLines wins, the last is cut with an ellipsis. */
  sizes: readonly number[];
  maxWidth: number;
  maxLines: number;
};

const ELLIPSIS = '…';

/**
 * One line of plain words: any run of white space (line and paragraph
 * separators included) becomes one space, and invisible format and control
 * characters (direction marks, joiners, a byte order mark) are dropped.
 */
export function plainWords(text: string): string {
  return text
    .replace(/[\p{Cf}\p{Cc}]/gu, (char) => (/\s/.test(char) ? ' ' : ''))
    .replace(/[\s\p{Z}]+/gu, ' ')
    .trim();
}

/** `text` split into runs by the first font that has each character, or null if one has none. */
function runsOf(text: string, fonts: readonly opentype.Font[]): Run[] | null {
  const runs: Run[] = [];
  for (const char of text) {
    const font = fonts.find((candidate) => candidate.hasChar(char));
    if (!font) return null;
    const last = runs.at(-1);
    if (last?.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

/** A line of text at `size`, or null when the fonts lack one of its characters. */
export function setLine(text: string, fonts: readonly opentype.Font[], size: number): SetLine | null {
  const runs = runsOf(text, fonts);
  if (!runs) return null;
  const widths = runs.map(({ font, text: part }) => font.getAdvanceWidth(part, size));
  return {
    text,
    width: widths.reduce((sum, width) => sum + width, 0),
    toPath: (x, baseline) => {
      let at = x;
      return runs
        .map(({ font, text: part }, index) => {
          const data = pathData(font.getPath(part, at, baseline, size));
          at += widths[index] ?? 0;
          return data;
        })
        .join('');
    },
  };
}

/** No line holds more characters than this, at any size: a bound on the search below. */
const MAX_LINE_CHARS = 200;

/** The longest start of `word` (by code point) that fits, at least one character. */
function longestFit(word: string, fits: (candidate: string) => boolean): string {
  const chars = Array.from(word.slice(0, MAX_LINE_CHARS));
  let count = 1;
  while (count < chars.length && fits(chars.slice(0, count + 1).join(''))) count += 1;
  return chars.slice(0, count).join('');
}

/**
 * Greedy wrapping by words, a word wider than a line broken where it must
 * be; it stops after `limit` lines, however long the text.
 */
function wrap(words: readonly string[], fits: (line: string) => boolean, limit: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (let word of words) {
    if (lines.length >= limit) break;
    const joined = current ? `${current} ${word}` : word;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    if (current) lines.push(current);
    while (!fits(word) && lines.length < limit) {
      const head = longestFit(word, fits);
      lines.push(head);
      word = word.slice(head.length);
    }
    current = word;
  }
  if (current) lines.push(current);
  return lines;
}

/** The last line kept, with an ellipsis, cut at a word if one fits, else mid-word. */
function withEllipsis(line: string, fits: (candidate: string) => boolean): string {
  for (let cut = line.length; cut > 0; cut = line.lastIndexOf(' ', cut - 1)) {
    const candidate = `${line.slice(0, cut).trimEnd()}${ELLIPSIS}`;
    if (fits(candidate)) return candidate;
  }
  return `${longestFit(line, (head) => fits(`${head}${ELLIPSIS}`))}${ELLIPSIS}`;
}

/**
 * Text wrapped into at most `maxLines` lines of `maxWidth`, at the largest
 * of `sizes` it fits at whole; at the smallest, what does not fit ends in an
 * ellipsis. Null when there is nothing to set or the fonts cannot set it.
 */
export function setBlock(text: string, fonts: readonly opentype.Font[], style: BlockStyle): SetBlock | null {
  const plain = plainWords(text);
  if (plain === '' || !runsOf(plain, fonts)) return null;
  const words = plain.split(' ');
  for (const [index, size] of style.sizes.entries()) {
    const fits = (line: string) => (setLine(line, fonts, size)?.width ?? Infinity) <= style.maxWidth;
    const wrapped = wrap(words, fits, style.maxLines + 1);
    const isLast = index === style.sizes.length - 1;
    if (wrapped.length > style.maxLines && !isLast) continue;
    const kept = wrapped.slice(0, style.maxLines);
    if (wrapped.length > style.maxLines) {
      kept[kept.length - 1] = withEllipsis(`${kept.at(-1) ?? ''} ${wrapped[style.maxLines] ?? ''}`, fits);
    }
    const lines = kept.map((line) => setLine(line, fonts, size)).filter((line) => line !== null);
    return { size, lines };
  }
  return null;
}
