import type { Site } from '@/features/content/site';
import { formatDate } from '@/lib/dates';
import type { SearchQuery } from './searchAddress';
import { resultsSummary } from './searchMessages';
import { SearchResultList } from './SearchResultList';
import type { SearchState } from './useSearch';

type Props = {
  site: Site;
  query: SearchQuery;
  state: SearchState;
  /** Whether the build wrote archive indexes the recent ones lack. */
  hasArchive: boolean;
  /** The first instant the recent indexes cover (UTC), once indexes.json is read. */
  recentSince?: string | undefined;
  onChange: (query: SearchQuery) => void;
  onMore: () => Promise<void>;
  onRetry: () => void;
};

const actionClass =
  'min-h-11 rounded border-thin border-rule-strong px-4 font-sans text-control hover:text-accent';

/** The results of the address's search, or what to do instead: type a query, widen the search, try again. */
export function SearchResults({
  site,
  query,
  state,
  hasArchive,
  recentSince,
  onChange,
  onMore,
  onRetry,
}: Props) {
  if (state.status === 'empty') {
    return (
      <p className="mt-6 font-sans text-summary text-muted">Type a word or two to search the articles.</p>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="mt-6 rounded border-thin border-rule bg-surface p-4 font-sans text-summary">
        <p className="font-semibold">Search could not load.</p>
        <p className="mt-1 text-muted">Check your connection, then try again.</p>
        <button type="button" onClick={onRetry} className={`${actionClass} mt-3 bg-paper`}>
          Try again
        </button>
      </div>
    );
  }
  const outcome = state.status === 'done' ? state.outcome : state.previous;
  const sectionTitle = query.section ? site.sectionsById[query.section]?.title : undefined;
  const widen =
    query.section !== '' ? (
      <button
        type="button"
        onClick={() => {
          onChange({ ...query, section: '' });
        }}
        className={actionClass}
      >
        Search all sections
      </button>
    ) : hasArchive && query.scope !== 'all' ? (
      <button
        type="button"
        onClick={() => {
          onChange({ ...query, scope: 'all' });
        }}
        className={actionClass}
      >
        Search the whole archive
      </button>
    ) : null;
  return (
    <div
      className={state.status === 'loading' ? 'opacity-60' : undefined}
      aria-busy={state.status === 'loading'}
    >
      <p className="mt-6 min-h-6 font-sans text-control">
        {state.status === 'loading' && !outcome
          ? 'Searching…'
          : outcome && resultsSummary(outcome, query, sectionTitle, site.language)}
      </p>
      {outcome?.total === 0 && state.status === 'done' && (
        <div className="mt-2 font-sans text-summary">
          <p className="text-muted">No articles match. Check the spelling, or use fewer or other words.</p>
          {widen && <div className="mt-3">{widen}</div>}
        </div>
      )}
      {outcome && <SearchResultList site={site} outcome={outcome} onMore={onMore} />}
      {outcome && outcome.total > 0 && hasArchive && query.scope !== 'all' && (
        <p className="mt-6 font-sans text-meta text-muted">
          {recentSince
            ? `These are the articles since ${formatDate(recentSince, site.language, 'UTC')}.`
            : 'These are the recent articles.'}{' '}
          <button
            type="button"
            onClick={() => {
              onChange({ ...query, scope: 'all' });
            }}
            className="min-h-11 font-semibold text-accent underline"
          >
            Search the whole archive
          </button>
        </p>
      )}
    </div>
  );
}
