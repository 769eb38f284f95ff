import { test } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRID_COLUMNS, gridPlacements, rowSpans, type PerRow } from './rowSpans';

// This folder is type-checked for the browser: name only the part of `process` used here.
declare const process: { env: Partial<Record<string, string>> };
const numRuns = Number(process.env.FC_RUNS ?? 100);

/** The rows a 12-column grid makes of `spans`, placing each card after the last as CSS grid does. */
function rowsOf(spans: readonly number[]): number[][] {
  const rows: number[][] = [[]];
  for (const span of spans) {
    const row = rows.at(-1) ?? [];
    const used = row.reduce((sum, each) => sum + each, 0);
    if (used + span > GRID_COLUMNS) rows.push([span]);
    else row.push(span);
  }
  return rows;
}

const perRow = fc.constantFrom<PerRow>(1, 2, 3, 4);

describe('rowSpans', () => {
  it.each([
    [4, 4, [3, 3, 3, 3]],
    [3, 4, [4, 4, 4]],
    [5, 4, [3, 3, 3, 3, 12]],
    [7, 3, [4, 4, 4, 4, 4, 4, 12]],
    [8, 3, [4, 4, 4, 4, 4, 4, 6, 6]],
    [2, 2, [6, 6]],
  ])('lays %i cards out %i to a row as spans %j', (count, cards, expected) => {
    expect(rowSpans(count, cards as PerRow)).toEqual(expected);
  });

  test.prop([fc.nat({ max: 60 }), perRow], { numRuns })(
    'fills every row of the grid, the last one included, with at most the cards a row holds',
    (count, cards) => {
      const rows = rowsOf(rowSpans(count, cards));

      for (const row of rows.filter((each) => each.length > 0)) {
        expect(row.reduce((sum, span) => sum + span, 0)).toBe(GRID_COLUMNS);
        expect(row.length).toBeLessThanOrEqual(cards);
      }
      expect(rows.flat()).toHaveLength(count);
    },
  );
});

describe('gridPlacements', () => {
  it('rules off every row from the one above it, but not the first row', () => {
    const classes = gridPlacements(6, { sm: 2, lg: 3 }).map((placement) => placement.className.split(' '));

    expect(classes.map((each) => each.includes('lg:border-t-0'))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(classes.map((each) => each.includes('sm:border-t-0'))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(classes[0]).not.toContain('border-t');
    expect(classes[1]).toContain('border-t');
  });

  it('spans each card at `sm` and `lg` by the cards each of those rows holds', () => {
    const placements = gridPlacements(3, { sm: 2, lg: 4 });

    expect(placements.map((placement) => placement.spans)).toEqual([
      { sm: 6, lg: 4 },
      { sm: 6, lg: 4 },
      { sm: 12, lg: 4 },
    ]);
    expect(placements[2]?.className).toContain('sm:col-span-12');
  });
});
