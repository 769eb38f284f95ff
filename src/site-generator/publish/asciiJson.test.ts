// @vitest-environment node
import { isAscii } from 'node:buffer';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { asciiJson, textOf } from './asciiJson';

describe('asciiJson and textOf', () => {
  test.prop([fc.jsonValue({ stringUnit: 'binary' })])(
    'write any JSON value as ASCII and read it back the same',
    (value) => {
      const bytes = Buffer.from(asciiJson(value), 'utf8');
      expect(isAscii(bytes)).toBe(true);
      expect(JSON.parse(textOf(bytes))).toEqual(JSON.parse(JSON.stringify(value)));
    },
  );

  it('reads a file with characters past ASCII as UTF-8', () => {
    const text = JSON.stringify({ headline: 'Sejong Station — 세종역 reopens 🚆' });
    expect(textOf(Buffer.from(text, 'utf8'))).toBe(text);
  });
});
