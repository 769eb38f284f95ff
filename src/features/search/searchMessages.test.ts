import { emptySearch } from './searchAddress';
import type { SearchOutcome } from './runSearch';
import { resultsSummary } from './searchMessages';

const outcome = (total: number): SearchOutcome => ({
  total,
  unfiltered: total,
  sectionCounts: {},
  hits: [],
  rest: [],
});

describe('resultsSummary', () => {
  it.each([
    [0, '0 results'],
    [1, '1 result'],
    [1234, '1,234 results'],
  ])('counts %i results in words', (total, words) => {
    expect(resultsSummary(outcome(total), { ...emptySearch, q: ' kimchi ' }, undefined, 'en')).toBe(
      `${words} for “kimchi”`,
    );
  });

  it('names the section and the whole archive when the search is narrowed or widened', () => {
    expect(resultsSummary(outcome(2), { ...emptySearch, q: 'rain', scope: 'all' }, 'Koreas', 'en')).toBe(
      '2 results for “rain” in Koreas in the whole archive',
    );
  });
});
