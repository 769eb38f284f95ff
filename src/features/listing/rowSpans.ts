/** How many cards stand side by side in a grid row, from `sm` and from `lg` up; phones show one. */
export type GridColumns = { sm: PerRow; lg: PerRow };
export type PerRow = 1 | 2 | 3 | 4;

/** A grid is 12 columns wide: 1, 2, 3 and 4 cards, and so any last row, divide it evenly. */
export const GRID_COLUMNS = 12;

export type Span = 3 | 4 | 6 | 12;

/**
 * Each of `count` cards' span of the 12 columns when `perRow` fit a row:
 * full rows split evenly, and the cards of a shorter last row share it
 * evenly too, so a grid never ends in an empty slot.
 */
export function rowSpans(count: number, perRow: PerRow): Span[] {
  const inFullRows = count - (count % perRow);
  return Array.from({ length: count }, (_, index) => spanOf(index < inFullRows ? perRow : count % perRow));
}

function spanOf(cardsInRow: number): Span {
  switch (cardsInRow) {
    case 1:
      return 12;
    case 2:
      return 6;
    case 3:
      return 4;
    default:
      return 3;
  }
}

// Whole class names, so Tailwind finds them in the source.
const smSpan: Record<Span, string> = {
  3: 'sm:col-span-3',
  4: 'sm:col-span-4',
  6: 'sm:col-span-6',
  12: 'sm:col-span-12',
};
const lgSpan: Record<Span, string> = {
  3: 'lg:col-span-3',
  4: 'lg:col-span-4',
  6: 'lg:col-span-6',
  12: 'lg:col-span-12',
};

/**
 * Where each card of a grid sits: its span classes, a hairline above it
 * unless it is in the first row (rows are ruled off from each other, the
 * heading above the grid has its own rule), and how wide it is at each width.
 */
export type GridPlacement = { className: string; spans: { sm: Span; lg: Span } };

export function gridPlacements(count: number, columns: GridColumns): GridPlacement[] {
  const sm = rowSpans(count, columns.sm);
  const lg = rowSpans(count, columns.lg);
  return sm.map((smSpanOfCard, index) => {
    const lgSpanOfCard = lg[index] ?? GRID_COLUMNS;
    const rules = [
      index === 0 ? '' : 'border-t pt-4',
      index < columns.sm ? 'sm:border-t-0 sm:pt-0' : 'sm:border-t sm:pt-6',
      index < columns.lg ? 'lg:border-t-0 lg:pt-0' : 'lg:border-t lg:pt-6',
    ];
    return {
      className: [smSpan[smSpanOfCard], lgSpan[lgSpanOfCard], ...rules].filter(Boolean).join(' '),
      spans: { sm: smSpanOfCard, lg: lgSpanOfCard },
    };
  });
}
