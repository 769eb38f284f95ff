import { useEffect, useState } from 'react';
import type { SearchIndexes } from '@/features/content/contract/searchIndexes';
import { loadSearchIndexes } from './loadPagefind';

/** The build's list of indexes, once fetched; undefined until then, or if it cannot be had (no archive to offer). */
export function useSearchIndexes(): SearchIndexes | undefined {
  const [indexes, setIndexes] = useState<SearchIndexes | undefined>();
  useEffect(() => {
    let isCurrent = true;
    loadSearchIndexes().then(
      (loaded) => {
        if (isCurrent) setIndexes(loaded);
      },
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, []);
  return indexes;
}
