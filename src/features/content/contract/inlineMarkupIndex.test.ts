import fc from 'fast-check';
import { describe, it } from 'vitest';
import { indexInlineMarkup } from './inlineMarkupIndex';
import { findUnescaped, unescape } from './inlineMarkupReference.test-helper';

// Stars are drawn often, so that runs of them meet range ends at every offset.
const markup = fc
  .array(fc.constantFrom('*', '*', '*', '[', ']', '(', ')', '\\', '\\', ' ', '\u2028', 'a'), {
    maxLength: 16,
    size: 'max',
  })
  .map((characters) => characters.join(''));

const escapable = new Set(['\\', '*', '[', ']', '(', ')']);

/** The ranges the parser can ask about: neither end splits a backslash from the character it escapes. */
function rangesOf(source: string): [number, number][] {
  const bounds: number[] = [];
  for (let i = 0; i <= source.length; i += 1) {
    bounds.push(i);
    if (source.charAt(i) === '\\' && escapable.has(source.charAt(i + 1))) i += 1;
  }
  return bounds.flatMap((from) =>
    bounds.filter((end) => end >= from).map((end): [number, number] => [from, end]),
  );
}

describe('indexInlineMarkup against the forward scans it replaced', () => {
  it.each([
    ['nextCloseBracket', ']'],
    ['nextCloseParen', ')'],
    ['nextDoubleStar', '**'],
    ['nextLoneStar', '*'],
  ] as const)('answers %s as a scan for %j cut off at the end of the range would', (finder, token) => {
    fc.assert(
      fc.property(markup, (source) => {
        const index = indexInlineMarkup(source);
        return rangesOf(source).every(
          ([from, end]) => index[finder](from, end) === findUnescaped(source.slice(0, end), token, from),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('finds whitespace and unescaped backslashes in any range', () => {
    fc.assert(
      fc.property(markup, (source) => {
        const index = indexInlineMarkup(source);
        return rangesOf(source).every(([from, end]) => {
          const text = source.slice(from, end);
          return (
            index.hasWhitespace(from, end) === /\s/.test(text) &&
            index.hasBackslash(from, end) === unescape(text).includes('\\')
          );
        });
      }),
      { numRuns: 500 },
    );
  });
});
