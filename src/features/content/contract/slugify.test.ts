// @vitest-environment node
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { slugSchema } from './fieldSchemas';
import { MAX_ID_LENGTH } from './slug';
import { slugify } from './slugify';

// This folder is type-checked both for the browser and for Node: name only the part of `process` used here.
declare const process: { env: Partial<Record<string, string>> };

const numRuns = Number(process.env.FC_RUNS ?? 200);

describe('slugify', () => {
  it.each([
    ['Headline here', 'headline-here'],
    ['  Seoul’s 1988 Olympics: a look back!  ', 'seouls-1988-olympics-a-look-back'],
    ['Café culture in Montréal', 'cafe-culture-in-montreal'],
    ['Straße, Ærø and Łódź', 'strasse-aero-and-lodz'],
    ['İstanbul', 'istanbul'],
    ['Ｆｕｌｌｗｉｄｔｈ ①', 'fullwidth-1'],
    ['Kim Jong-un meets — again', 'kim-jong-un-meets-again'],
    ['북한 Koreas 남한', 'koreas'],
  ])('makes %j into %j', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it.each(['북한과 남한', '!!!', '   ', '日本'])('gives nothing usable for %j', (headline) => {
    expect(slugify(headline)).toBeUndefined();
  });

  it('cuts a long headline at a word, within the longest id', () => {
    const headline = Array.from({ length: 30 }, (_, index) => `word${String(index)}`).join(' ');

    const slug = slugify(headline) ?? '';

    expect(slug.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(slug).toMatch(/^word0-word1-.*-word\d+$/);
    expect(headline.replaceAll(' ', '-').startsWith(`${slug}-`)).toBe(true);
  });

  it('cuts a single word longer than any id', () => {
    expect(slugify('a'.repeat(300))).toBe('a'.repeat(MAX_ID_LENGTH));
  });

  it('gives an id the contract accepts, or nothing, for any headline', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (headline) => {
        const slug = slugify(headline);
        return slug === undefined || v.is(slugSchema, slug);
      }),
      { numRuns },
    );
  });
});
