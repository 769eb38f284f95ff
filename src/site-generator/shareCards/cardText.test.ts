// @vitest-environment node
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { nonEmptyTextSchema } from '../../features/content/contract/fieldSchemas';
import { nonEmptyText } from '../../testing/contentArbitraries';
import { serifFace } from './cardFonts';
import { plainWords, setBlock, setLine, type BlockStyle } from './cardText';

const numRuns = Number(process.env.FC_RUNS ?? 150);
const fonts = await serifFace(700);
const headline: BlockStyle = { sizes: [64, 56, 48], maxWidth: 1072, maxLines: 3 };
/** Headlines the fonts can set, with the spaces, marks and long words that make wrapping hard. */
const settableHeadline = fc
  .array(
    fc.oneof(
      fc.constantFrom(' ', '  ', '\u00A0', '\n', '\u202E', '…', '’', ': '),
      fc.string({
        unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyzÉßąŁΩЖ0123456789')),
        maxLength: 40,
      }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => `A${parts.join('')}`);
const texts = (lines: readonly { text: string }[]) => lines.map((line) => line.text);

describe('plainWords', () => {
  it('makes one line of words, dropping invisible format and control characters', () => {
    expect(plainWords('  Seoul\u2028after\u00A0dark\n\t\u202Eagain\u202C\uFEFF  ')).toBe(
      'Seoul after dark again',
    );
  });
});

describe('setBlock', () => {
  it('sets a headline at the largest size at which it fits in three lines', () => {
    const set = setBlock('How the KTX shrank South Korea', fonts, headline);

    expect(set?.size).toBe(64);
    expect(texts(set?.lines ?? [])).toEqual(['How the KTX shrank South Korea']);
  });

  it('wraps by words, each line within the width', () => {
    const text = 'Inside a chip fab: how silicon becomes memory, and why it matters to South Korea';

    const set = setBlock(text, fonts, headline);

    expect(texts(set?.lines ?? [])).toEqual([
      'Inside a chip fab: how silicon',
      'becomes memory, and why it',
      'matters to South Korea',
    ]);
    for (const line of set?.lines ?? []) expect(line.width).toBeLessThanOrEqual(headline.maxWidth);
  });

  it('steps down a size before it cuts, and cuts the last line at a word with an ellipsis', () => {
    const long = Array.from({ length: 40 }, (_, index) => `word${String(index)}`).join(' ');

    const set = setBlock(long, fonts, headline);

    expect(set?.size).toBe(48);
    expect(set?.lines).toHaveLength(3);
    expect(set?.lines.at(-1)?.text).toMatch(/ word\d+…$/);
  });

  it('breaks a word longer than a line where it must', () => {
    const set = setBlock('x'.repeat(400), fonts, headline);

    expect(set?.lines).toHaveLength(3);
    expect(texts(set?.lines ?? []).join('')).toMatch(/^x+…$/);
  });

  it.each([
    ['a script the fonts do not cover', 'Seoul’s 한강 at night'],
    ['right-to-left letters', 'ثم نفس سقطت'],
    ['nothing visible', '\u200B\u202E\uFEFF'],
  ])('sets nothing for text with %s, rather than set it with holes', (_case, text) => {
    expect(setBlock(text, fonts, headline)).toBeNull();
  });

  it('sets Latin, Greek and Cyrillic from the subsets that have them', () => {
    const line = setLine('Łódź, Αθήνα, Москва', fonts, 48);

    expect(line?.width).toBeGreaterThan(0);
    expect(line?.toPath(0, 50)).toMatch(/^M[\d.]+ [\d.]+/);
  });

  it('sets anything the contract accepts as a headline within its lines and width, or nothing', () => {
    fc.assert(
      fc.property(fc.oneof(nonEmptyText, settableHeadline), (source) => {
        const text = v.parse(nonEmptyTextSchema, source);
        const set = setBlock(text, fonts, headline);
        if (!set) return;
        expect(set.lines.length).toBeGreaterThan(0);
        expect(set.lines.length).toBeLessThanOrEqual(headline.maxLines);
        for (const line of set.lines) {
          expect(line.width).toBeLessThanOrEqual(headline.maxWidth);
          expect(line.toPath(64, 100)).not.toMatch(/NaN|undefined/);
        }
        const shown = texts(set.lines).join('').replace(/…$/, '').replaceAll(' ', '');
        expect(plainWords(text).replaceAll(' ', '').startsWith(shown)).toBe(true);
      }),
      { numRuns },
    );
  });
});
