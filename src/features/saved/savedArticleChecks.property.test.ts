import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect } from 'vitest';
import { readSavedArticle } from '@/features/reader-state/savedArticles';
import { savedArticleSchema } from './exportFormats';

/** Values near a saved article: every field sometimes right, sometimes wrong, sometimes missing. */
const anyField = fc.oneof(
  fc.string(),
  fc.constantFrom('', '/news/a', 'news/a', 'ondol', 'Ondol', 'a--b', 'x'.repeat(101)),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const nearImage = fc.oneof(
  fc.record({ src: anyField, alt: anyField, width: anyField, height: anyField }, { requiredKeys: [] }),
  fc.record({ src: fc.string(), alt: fc.string(), width: fc.integer(), height: fc.integer() }),
  anyField,
);
const nearArticle = fc.record(
  {
    id: fc.oneof(anyField, fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
    path: fc.oneof(
      anyField,
      fc.string().map((path) => `/${path}`),
    ),
    headline: anyField,
    sectionTitle: anyField,
    publishedAt: anyField,
    image: nearImage,
    savedAt: anyField,
    extra: anyField,
  },
  { requiredKeys: [] },
);

describe('the stored check and the import schema of a saved article', () => {
  test.prop([fc.oneof(nearArticle, fc.anything())], { numRuns: 2_000 })(
    'accept the same values and keep the same fields',
    (candidate) => {
      const parsed = v.safeParse(savedArticleSchema, candidate);
      expect(readSavedArticle(candidate)).toEqual(parsed.success ? parsed.output : null);
    },
  );
});
