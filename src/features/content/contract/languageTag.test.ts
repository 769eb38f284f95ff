import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { canonicalLanguageTag, languageTagSchema } from './languageTag';

describe('languageTagSchema', () => {
  it.each([
    ['en-GB', 'en-GB'],
    ['EN-gb', 'en-GB'],
    ['ko', 'ko'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['iw', 'he'],
  ])('accepts %s and keeps its canonical form %s', (tag, canonical) => {
    expect(v.parse(languageTagSchema, tag)).toBe(canonical);
  });

  it.each(['en-GB-GB', 'english', 'e', 'en_GB', '', 'en-'])('refuses %j', (tag) => {
    expect(v.safeParse(languageTagSchema, tag).success).toBe(false);
  });

  it('gives only tags whose dates format', () => {
    const tag = canonicalLanguageTag('ko-KR');

    expect(tag).toBe('ko-KR');
    expect(() => new Intl.DateTimeFormat(tag ?? '').format(0)).not.toThrow();
  });
});
