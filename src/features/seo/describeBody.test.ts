import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { hostileText } from '@/testing/contentArbitraries';
import { blocks } from '@/testing/contentFixtures';
import { inlineToPlainText, parseInline } from '@/features/content/contract/inlineMarkup';
import { normaliseText } from '@/features/content/contract/text';
import { DESCRIPTION_LENGTH, describeBody } from './describeBody';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const numRuns = 300;

describe('describeBody', () => {
  it('is the plain text of the first paragraph, after any heading', () => {
    const body = [
      blocks.heading('Us'),
      blocks.paragraph('We *check* [facts](/about).'),
      blocks.paragraph('More.'),
    ];

    expect(describeBody(body)).toBe('We check facts.');
  });

  it('is nothing for a body without paragraphs', () => {
    expect(describeBody([blocks.heading('Only a heading'), blocks.list(['One'])])).toBeUndefined();
  });

  it('cuts a long paragraph at a word, with an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, index) => `word${String(index)}`).join(' ');

    const description = describeBody([blocks.paragraph(words)]) ?? '';

    expect(description).toMatch(/^word0 word1 .* word\d+…$/);
    expect(Array.from(description).length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
  });

  test.prop([fc.array(hostileText, { minLength: 1, maxLength: 30 })], { numRuns })(
    'is a start of the paragraph’s text, never longer than a description, never splitting a character',
    (parts) => {
      // As the contract hands it on: normalised, so well-formed to begin with.
      const text = normaliseText(`A ${parts.join(' ')}`);
      const plain = inlineToPlainText(parseInline(text)).replace(/\s+/g, ' ').trim();

      const description = describeBody([blocks.paragraph(text)]) ?? '';

      expect(Array.from(description).length).toBeLessThanOrEqual(DESCRIPTION_LENGTH);
      expect(description).not.toMatch(LONE_SURROGATE);
      expect(plain.startsWith(description.replace(/…$/, ''))).toBe(true);
    },
  );
});
