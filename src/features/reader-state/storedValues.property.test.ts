import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { DATA_SAVER_CHOICES, readPreferences, TEXT_SIZES, THEMES } from './preferences';
import { readReadingState } from './readingState';

const validPreferences = fc.record({
  theme: fc.constantFrom(...THEMES),
  textSize: fc.constantFrom(...TEXT_SIZES),
  dataSaver: fc.constantFrom(...DATA_SAVER_CHOICES),
  hasShortcuts: fc.boolean(),
  updatedAt: fc.integer(),
});

const validEntry = fc.record(
  {
    id: fc.string(),
    updatedAt: fc.integer(),
    progress: fc.double({ min: 0, max: 1, noNaN: true }),
    anchor: fc.string(),
  },
  { requiredKeys: ['id', 'updatedAt', 'progress'] },
);

describe('reading stored preferences', () => {
  test.prop([validPreferences, fc.dictionary(fc.string(), fc.anything())])(
    'keeps valid preferences whole and leaves out fields it does not know',
    (preferences, extra) => {
      expect(readPreferences({ ...extra, ...preferences })).toEqual(preferences);
    },
  );

  test.prop([
    validPreferences,
    fc.constantFrom('theme', 'textSize', 'dataSaver', 'hasShortcuts', 'updatedAt'),
    fc.anything(),
  ])('refuses preferences with one field wrong or missing', (preferences, field, wrong) => {
    // A value of the right type may still be valid: then the field goes missing instead.
    const broken = {
      ...preferences,
      [field]: typeof wrong === typeof preferences[field] ? undefined : wrong,
    };
    expect(readPreferences(broken)).toBeNull();
  });
});

describe('reading the stored reading state', () => {
  test.prop([fc.array(validEntry)])('keeps every valid entry as it was', (articles) => {
    expect(readReadingState({ articles })).toEqual({ articles });
  });

  test.prop([
    fc.array(validEntry, { minLength: 1 }),
    fc.nat(),
    fc.oneof(
      fc.double({ min: 1, minExcluded: true }),
      fc.double({ max: -Number.MIN_VALUE }),
      fc.constant(Number.NaN),
      fc.string(),
    ),
  ])(
    'refuses the whole state when one progress is outside 0..1 or not a number',
    (articles, at, progress) => {
      const index = at % articles.length;
      const broken = articles.map((entry, position) => (position === index ? { ...entry, progress } : entry));
      expect(readReadingState({ articles: broken })).toBeNull();
    },
  );

  test.prop([fc.anything()])('never throws on anything stored', (data) => {
    expect(() => readReadingState(data)).not.toThrow();
    expect(() => readPreferences(data)).not.toThrow();
  });
});
