// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digestOf } from './hashing';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('digestOf', () => {
  it('digests text parts as the bytes of the same parts, whichever way it hashes them', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), (parts) => {
        // Any byte part takes the part-by-part path; all text, the joined one.
        expect(digestOf(...parts)).toBe(digestOf(...parts.map(bytesOf)));
        expect(digestOf(...parts, 'end')).toBe(digestOf(...parts, bytesOf('end')));
      }),
    );
  });

  it('tells parts apart from their joining', () => {
    expect(digestOf('ab', 'c')).not.toBe(digestOf('a', 'bc'));
    expect(digestOf('ab')).not.toBe(digestOf('a', 'b'));
    expect(digestOf('a', 'b')).toBe(digestOf('a', 'b'));
  });
});
