import { describe, expect, it } from 'vitest';
import { blocks } from '../../../testing/contentFixtures';
import { readingMinutes, WORDS_PER_MINUTE } from './readingTime';

const words = (count: number, word = 'word') => Array.from({ length: count }, () => word).join(' ');

describe('readingMinutes', () => {
  it('is at least one minute, however short the article', () => {
    expect(readingMinutes([blocks.paragraph('Brief.')])).toBe(1);
    expect(readingMinutes([blocks.image()])).toBe(1);
  });

  it('divides the words by 230 and rounds up', () => {
    expect(readingMinutes([blocks.paragraph(words(WORDS_PER_MINUTE))])).toBe(1);
    expect(readingMinutes([blocks.paragraph(words(WORDS_PER_MINUTE + 1))])).toBe(2);
    expect(readingMinutes([blocks.paragraph(words(WORDS_PER_MINUTE * 6))])).toBe(6);
  });

  it('counts paragraphs, headings, pull quotes and every list item together', () => {
    const body = [
      blocks.heading(words(30)),
      blocks.paragraph(words(100)),
      blocks.pullquote(words(50), 'An attribution that is not read'),
      blocks.list([words(25), words(26)]),
    ];

    expect(readingMinutes(body)).toBe(2);
    expect(readingMinutes(body.slice(0, 3))).toBe(1);
  });

  it('leaves out captions and credits', () => {
    const captioned = blocks.image({ caption: words(500), credit: words(100) });

    expect(readingMinutes([blocks.paragraph(words(200)), captioned])).toBe(1);
  });

  it('reads the text of inline markup, not its punctuation', () => {
    const marked = Array.from({ length: 116 }, () => '*two* [words](https://example.org/x-y-z)').join(' ');

    // 232 words, though the markup and its address hold many more runs of letters.
    expect(readingMinutes([blocks.paragraph(marked)])).toBe(2);
  });

  it('counts Korean by its spaced words', () => {
    expect(readingMinutes([blocks.paragraph(words(WORDS_PER_MINUTE, '한국어'))])).toBe(1);
    expect(readingMinutes([blocks.paragraph(words(WORDS_PER_MINUTE + 1, '한국어'))])).toBe(2);
  });

  it('counts each Chinese or Japanese character as a word, as those scripts write no spaces', () => {
    const chinese = '中'.repeat(WORDS_PER_MINUTE + 1);
    const japanese = 'ひらがなカタカナ漢字'.repeat(24); // 240 characters

    expect(readingMinutes([blocks.paragraph(chinese)])).toBe(2);
    expect(readingMinutes([blocks.paragraph(japanese)])).toBe(2);
    expect(readingMinutes([blocks.paragraph(`Seoul ${'中'.repeat(WORDS_PER_MINUTE - 1)}`)])).toBe(1);
  });

  it('does not count dashes, ellipses or other punctuation as words', () => {
    expect(readingMinutes([blocks.paragraph(`${words(WORDS_PER_MINUTE)} — - … !`)])).toBe(1);
  });
});
