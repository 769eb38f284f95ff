import { fc, test } from '@fast-check/vitest';
import { revealOffset } from './useRevealInRow';

describe('revealOffset', () => {
  it.each([
    ['shows whole', { left: 40, right: 90 }, 0],
    ['touches both edges', { left: 0, right: 320 }, 0],
    ['is cut off at the end', { left: 300, right: 380 }, 180],
    ['is cut off at the start', { left: -50, right: 30 }, -170],
  ])('scrolls a 320-pixel row by the right amount when its item %s', (_, item, offset) => {
    expect(revealOffset({ left: 0, right: 320 }, item)).toBe(offset);
  });

  test.prop([
    fc.integer({ min: -2000, max: 2000 }),
    fc.integer({ min: 1, max: 300 }),
    fc.integer({ min: 300, max: 1000 }),
  ])(
    'leaves an item that fits the row whole and centred after scrolling',
    (itemLeft, itemWidth, rowWidth) => {
      const row = { left: 0, right: rowWidth };
      const item = { left: itemLeft, right: itemLeft + itemWidth };
      const offset = revealOffset(row, item);
      const after = { left: item.left - offset, right: item.right - offset };
      expect(after.left).toBeGreaterThanOrEqual(row.left);
      expect(after.right).toBeLessThanOrEqual(row.right);
    },
  );
});
