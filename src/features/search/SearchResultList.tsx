import { useEffect, useRef, useState } from 'react';
import type { Site } from '@/features/content/site';
import { hasMoreResults, type SearchOutcome } from './runSearch';
import { SearchResultCard } from './SearchResultCard';

type Props = { site: Site; outcome: SearchOutcome; onMore: () => Promise<void> };

/**
 * The results shown so far and a button for the next ten. After "More
 * results" focus moves to the first new result, so a keyboard reader carries
 * on from where the list grew rather than from the button that moved down.
 */
export function SearchResultList({ site, outcome, onMore }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const [focusAt, setFocusAt] = useState<number | undefined>();
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const shown = outcome.hits.length;

  useEffect(() => {
    if (focusAt === undefined || shown <= focusAt) return;
    listRef.current?.querySelectorAll<HTMLElement>(':scope > li h2 a')[focusAt]?.focus();
  }, [focusAt, shown]);

  const handleMore = () => {
    if (isLoadingMore) return;
    setIsLoadingMore(true);
    setFocusAt(shown);
    void onMore().finally(() => {
      setIsLoadingMore(false);
    });
  };
  return (
    <>
      <ol ref={listRef} aria-label="Search results" className="mt-2">
        {outcome.hits.map((hit) => (
          <li key={hit.url}>
            <SearchResultCard site={site} hit={hit} />
          </li>
        ))}
      </ol>
      {hasMoreResults(outcome) && (
        <button
          type="button"
          onClick={handleMore}
          aria-disabled={isLoadingMore}
          className="mt-4 min-h-11 rounded border-thin border-rule-strong px-4 font-sans text-control hover:text-accent"
        >
          {isLoadingMore ? 'Loading more results…' : 'More results'}
        </button>
      )}
    </>
  );
}
