import { describe, expect, it } from 'vitest';
import { normaliseText, unsafeCharacters } from './text';

describe('normaliseText', () => {
  it.each([
    ['a lone high surrogate', 'a\uD800b', 'a\uFFFDb'],
    ['a lone low surrogate', 'a\uDC00b', 'a\uFFFDb'],
    ['a low surrogate before its high one', '\uDE00\uD83D', '\uFFFD\uFFFD'],
    ['a bell, a NUL and an escape', '\u0007\u0000\u001B', '\uFFFD\uFFFD\uFFFD'],
    ['a form feed and a vertical tab', 'a\u000Cb\u000Bc', 'a\uFFFDb\uFFFDc'],
    ['DEL and the C1 controls', '\u007F\u0085\u009F', '\uFFFD\uFFFD\uFFFD'],
    ['noncharacters of the basic plane', '\uFDD0\uFFFE\uFFFF', '\uFFFD\uFFFD\uFFFD'],
    ['noncharacters of other planes', '\u{1FFFE}\u{10FFFF}', '\uFFFD\uFFFD'],
  ])('replaces %s with U+FFFD', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it.each([
    ['Windows line ends', 'one\r\ntwo', 'one\ntwo'],
    ['old Mac line ends', 'one\rtwo', 'one\ntwo'],
    ['a decomposed accent, composed', 'Cafe\u0301', 'Café'],
    ['a Hangul syllable in jamo, composed', '\u1112\u1161\u11AB', '한'],
  ])('normalises %s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it.each([
    ['emoji', 'Smile 😀 and flags 🇰🇷'],
    ['tabs and newlines', 'a\tb\nc'],
    ['right-to-left text', 'שלום עולם'],
    ['the replacement character itself', 'a\uFFFDb'],
  ])('keeps %s as it is', (_name, text) => {
    expect(normaliseText(text)).toBe(text);
  });

  it('gives well-formed text that survives UTF-8 unchanged', () => {
    const text = normaliseText('x\uD800y\uDFFFz\u0001');

    expect(new TextDecoder().decode(new TextEncoder().encode(text))).toBe(text);
  });
});

describe('unsafeCharacters', () => {
  it('lists the code points normaliseText replaces, in order', () => {
    expect(unsafeCharacters('a\u0007b\uD800\u{1FFFF}')).toEqual(['U+0007', 'U+D800', 'U+1FFFF']);
  });

  it('lists nothing for ordinary text, line ends included', () => {
    expect(unsafeCharacters('Line one\r\nline two 😀')).toEqual([]);
  });
});
