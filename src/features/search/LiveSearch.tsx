import { useEffect } from 'react';
import type { Site } from '@/features/content/site';
import { warmSearch } from './loadPagefind';
import { SearchAnnouncer } from './SearchAnnouncer';
import type { SearchQuery } from './searchAddress';
import { SearchForm } from './SearchForm';
import { resultsSummary } from './searchMessages';
import { SearchResults } from './SearchResults';
import { useSearch } from './useSearch';
import { useSearchIndexes } from './useSearchIndexes';

type Props = {
  site: Site;
  query: SearchQuery;
  onType: (q: string) => void;
  onChange: (query: SearchQuery) => void;
};

/** The search as the browser runs it: the form, the results of the address's query, and their count read out. */
export function LiveSearch({ site, query, onType, onChange }: Props) {
  const { state, more, retry } = useSearch(query);
  const indexes = useSearchIndexes();
  // The page is open: fetch Pagefind now, before the first keystroke needs it.
  useEffect(warmSearch, []);

  const outcome = state.status === 'done' ? state.outcome : undefined;
  const sectionTitle = query.section ? site.sectionsById[query.section]?.title : undefined;
  const announcement =
    state.status === 'failed'
      ? 'Search could not load.'
      : outcome && resultsSummary(outcome, query, sectionTitle, site.language);
  const counts = state.status === 'loading' ? state.previous?.sectionCounts : outcome?.sectionCounts;
  return (
    <>
      <SearchForm site={site} query={query} sectionCounts={counts} onType={onType} onChange={onChange} />
      <SearchResults
        site={site}
        query={query}
        state={state}
        hasArchive={indexes?.archives.some((archive) => !archive.withRecent) ?? false}
        recentSince={indexes?.recentSince}
        onChange={onChange}
        onMore={more}
        onRetry={retry}
      />
      <SearchAnnouncer message={announcement} />
    </>
  );
}
