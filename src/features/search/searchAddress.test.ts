import { emptySearch, readSearchQuery, searchKey, searchParamsOf } from './searchAddress';

describe('the search address', () => {
  it('reads every part of a shared search', () => {
    expect(readSearchQuery(new URLSearchParams('q=kimchi&section=koreas&sort=newest&scope=all'))).toEqual({
      q: 'kimchi',
      section: 'koreas',
      sort: 'newest',
      scope: 'all',
    });
  });

  it.each([
    ['no parameters', ''],
    ['an unknown sort and scope', 'sort=oldest&scope=everything'],
  ])('falls back to the defaults for %s', (_, search) => {
    expect(readSearchQuery(new URLSearchParams(search))).toEqual(emptySearch);
  });

  it('leaves relevance, the recent index and empty parts out of the address', () => {
    expect(searchParamsOf({ ...emptySearch, q: 'seoul rain' }).toString()).toBe('q=seoul+rain');
  });

  it('writes what it reads', () => {
    const query = { q: 'a&b=c', section: 'asia', sort: 'newest', scope: 'all' } as const;
    expect(readSearchQuery(searchParamsOf(query))).toEqual(query);
  });

  it('files a query with stray spaces under the same key as the trimmed one', () => {
    expect(searchKey({ ...emptySearch, q: ' kimchi ' })).toBe(searchKey({ ...emptySearch, q: 'kimchi' }));
  });
});
