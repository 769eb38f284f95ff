import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listingDocuments, listingPageItems, pageNeighbours } from './listingPages';
import { LISTING_PAGE_SIZE } from './paths';

/** Stories 0 … count - 1, newest first (the highest number is the newest). */
const stories = (count: number) => Array.from({ length: count }, (_, index) => count - 1 - index);
// This folder is type-checked for the browser: name only the part of `process` used here.
declare const process: { env: Partial<Record<string, string>> };
const numRuns = Number(process.env.FC_RUNS ?? 100);

describe('listingPageItems', () => {
  it('puts the newest 20 on page 1 and the oldest 20 on page 2', () => {
    const list = stories(47);
    expect(listingPageItems(list, 1)).toEqual(list.slice(0, 20));
    expect(listingPageItems(list, 2)).toEqual([
      19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
    ]);
    expect(listingPageItems(list, 3)).toEqual(list.slice(7, 27));
  });
});

describe('listingDocuments', () => {
  test.prop([fc.nat(200), fc.integer({ min: 1, max: 45 })], { numRuns })(
    'shows every story on some page, and a new story changes page 1 and at most the newest archive page',
    (count, added) => {
      const before = listingDocuments({}, stories(count));
      const after = listingDocuments({}, stories(count + added));

      expect(new Set(after.flatMap((page) => page.items))).toEqual(new Set(stories(count + added)));
      for (const page of after.slice(1)) expect(page.items).toHaveLength(LISTING_PAGE_SIZE);
      const changed = before.filter((page, index) => JSON.stringify(page) !== JSON.stringify(after[index]));
      // Page 1, and the newest archive page, whose newer page is now a new one.
      const mayChange = added < LISTING_PAGE_SIZE ? 2 : 2 + Math.floor(added / LISTING_PAGE_SIZE);
      expect(changed.length).toBeLessThanOrEqual(Math.min(mayChange, 2));
      expect(changed.map((page) => page.page).filter((page) => page !== 1 && page !== before.length)).toEqual(
        [],
      );
    },
  );

  test.prop([fc.integer({ min: 1, max: 200 }), fc.nat(), fc.nat(3)], { numRuns })(
    'a withdrawn story keeps its place: only the page that showed it, and page 1, change',
    (count, at, earlier) => {
      const list: (number | null)[] = stories(count);
      // Some places already empty, then one more story withdrawn.
      for (let index = 0; index < earlier; index += 1) list[(at * 7 + index * 13) % count] = null;
      const before = listingDocuments({}, list);
      const gone = at % count;
      const story = list[gone] ?? null;
      list[gone] = null;
      const after = listingDocuments({}, list);

      expect(after.map((page) => page.page)).toEqual(before.map((page) => page.page));
      const changed = before
        .filter((page, index) => JSON.stringify(page) !== JSON.stringify(after[index]))
        .map((page) => page.page);
      const showedIt = before.filter((page) => story !== null && page.items.includes(story));
      expect(changed.filter((page) => page !== 1)).toEqual(
        showedIt.map((page) => page.page).filter((page) => page !== 1),
      );
      expect(after.flatMap((page) => page.items)).not.toContain(story);
    },
  );

  it('links every page to its neighbours: 1, then the newest archive page down to the oldest', () => {
    const documents = listingDocuments({}, stories(75));
    expect(documents.map((page) => pageNeighbours(page))).toEqual([
      { newer: null, older: 4 },
      { newer: 3, older: null },
      { newer: 4, older: 2 },
      { newer: 1, older: 3 },
    ]);
  });
});
