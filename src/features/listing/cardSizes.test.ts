import { describe, expect, it } from 'vitest';
import { STANDARD_SIZES } from './cardLayouts';
import { gridCardSizes, leadSizes } from './cardSizes';

const widest = (sizes: string) => /^\(min-width: 80rem\) ([\d.]+)rem/.exec(sizes)?.[1];

describe('the widths card pictures are drawn at', () => {
  it.each([
    ['four to a row across the page', 'page', 3, '18.1'],
    ['three to a row across the page', 'page', 4, '24.7'],
    ['two to a row across the page, the picture on half the card', 'page', 6, '18.1'],
    ['one across the page, the picture on a third of it', 'page', 12, '25.2'],
    ['three to a row in the lead column', 'lead-column', 4, '15.7'],
  ] as const)('are true to a card %s', (_, area, span, rem) => {
    expect(widest(gridCardSizes(area, { sm: 6, lg: span }))).toBe(rem);
  });

  it('are a thumbnail on a phone', () => {
    expect(gridCardSizes('page', { sm: 6, lg: 3 }).endsWith(', 6.5rem')).toBe(true);
    expect(STANDARD_SIZES).toMatch(/6\.5rem$/);
  });

  it('give a lead the lead column on the front page and three fifths of a section page', () => {
    expect(widest(leadSizes('lead-column'))).toBe('50');
    expect(widest(leadSizes('page'))).toBe('45');
  });
});
