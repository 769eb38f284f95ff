import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOST_NEW_SHOWN, newCountLabel, newestAcross } from './newStories';

// This folder is type-checked for the browser: name only the part of `process` used here.
declare const process: { env: Partial<Record<string, string>> };
const numRuns = Number(process.env.FC_RUNS ?? 200);

const BASE = Date.parse('2026-11-28T09:00:00Z');
const story = (id: string, minutes: number) => ({
  id,
  publishedAt: new Date(BASE + minutes * 60_000).toISOString(),
});
const page = (items: number, totalPages = 1) => ({ items: Array.from({ length: items }), totalPages });

describe('newCountLabel', () => {
  it.each([
    { newCount: 0, onPage: 20, pages: 2, label: null },
    { newCount: 3, onPage: 20, pages: 2, label: '3' },
    { newCount: 5, onPage: 5, pages: 1, label: '5' },
    { newCount: 5, onPage: 5, pages: 2, label: '5+' },
    { newCount: 20, onPage: 20, pages: 3, label: '20+' },
    { newCount: 20, onPage: 20, pages: 1, label: '20+' },
    { newCount: 25, onPage: 25, pages: 1, label: '20+' },
  ])(
    'says $label for $newCount new of $onPage on the first of $pages pages',
    ({ newCount, onPage, pages, label }) => {
      expect(newCountLabel(newCount, page(onPage, pages))).toBe(label);
    },
  );

  test.prop([fc.nat({ max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 5 })], {
    numRuns,
  })('never shows more than the cap, and shows a count for any new story', (newCount, onPage, pages) => {
    const label = newCountLabel(Math.min(newCount, onPage), page(onPage, pages));
    if (Math.min(newCount, onPage) === 0) expect(label).toBeNull();
    else expect(Number.parseInt(label ?? '', 10)).toBeLessThanOrEqual(MOST_NEW_SHOWN);
  });
});

describe('newestAcross', () => {
  it('takes the stories after each listing’s own last opening, newest first, each once', () => {
    const koreas = { lastOpened: BASE, items: [story('c', 30), story('b', 20), story('a', -10)] };
    const koreaTopic = {
      lastOpened: BASE + 25 * 60_000,
      items: [story('c', 30), story('t', 28), story('b', 20)],
    };

    expect(newestAcross([koreas, koreaTopic], 6).map(({ id }) => id)).toEqual(['c', 't', 'b']);
  });

  it('keeps only the newest up to the limit', () => {
    const listing = { lastOpened: BASE, items: [1, 2, 3, 4, 5].map((n) => story(`s${String(n)}`, n)) };

    expect(newestAcross([listing], 2).map(({ id }) => id)).toEqual(['s5', 's4']);
  });

  test.prop(
    [
      fc.array(
        fc.record({
          lastOpened: fc.integer({ min: -60, max: 60 }).map((minutes) => BASE + minutes * 60_000),
          items: fc.array(
            fc
              .tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: -60, max: 60 }))
              .map(([id, at]) => story(id, at)),
            { maxLength: 6 },
          ),
        }),
        { maxLength: 4 },
      ),
    ],
    { numRuns },
  )('gives each story at most once, newest first, and only stories new somewhere', (listings) => {
    const picked = newestAcross(listings, 6);
    const ids = picked.map(({ id }) => id);
    const times = picked.map(({ publishedAt }) => Date.parse(publishedAt));

    expect(new Set(ids).size).toBe(ids.length);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const chosen of picked) {
      expect(
        listings.some(
          ({ lastOpened, items }) => items.includes(chosen) && Date.parse(chosen.publishedAt) > lastOpened,
        ),
      ).toBe(true);
    }
  });
});
