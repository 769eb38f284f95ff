/** What a search asks for, as the page's address carries it: `/search?q=kimchi&section=koreas&sort=newest&scope=all`. */
export type SearchQuery = {
  q: string;
  /** A section id, or '' for every section. */
  section: string;
  sort: 'relevance' | 'newest';
  /** 'recent' searches the last twelve months' years (searchIndexes.ts); 'all' merges the whole archive. */
  scope: 'recent' | 'all';
};

export const emptySearch: SearchQuery = { q: '', section: '', sort: 'relevance', scope: 'recent' };

/** Reads a search from the address; anything unknown falls back to the default, so a mangled link still searches. */
export function readSearchQuery(params: URLSearchParams): SearchQuery {
  return {
    q: params.get('q') ?? '',
    section: params.get('section') ?? '',
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    scope: params.get('scope') === 'all' ? 'all' : 'recent',
  };
}

/** The address's query string for a search: defaults are left out, so the plain search reads `?q=kimchi`. */
export function searchParamsOf(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.section) params.set('section', query.section);
  if (query.sort === 'newest') params.set('sort', 'newest');
  if (query.scope === 'all') params.set('scope', 'all');
  return params;
}

/** One key per distinct search: what a cached result set is filed under. */
export function searchKey(query: SearchQuery): string {
  return searchParamsOf({ ...query, q: query.q.trim() }).toString();
}
