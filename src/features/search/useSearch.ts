import { useEffect, useState } from 'react';
import { runSearch, showMore, type SearchOutcome } from './runSearch';
import { searchKey, type SearchQuery } from './searchAddress';

export type SearchState =
  | { status: 'empty' }
  /** `previous` is the last search's outcome, kept on screen so the page does not jump while typing. */
  | { status: 'loading'; previous: SearchOutcome | undefined }
  | { status: 'failed' }
  | { status: 'done'; outcome: SearchOutcome };

/**
 * The last searches' outcomes, with as many results as were shown: going
 * back from an article renders them at once, at the same length, so the
 * page can return to where the reader was.
 */
const recentOutcomes = new Map<string, SearchOutcome>();
const KEPT_OUTCOMES = 20;

function keep(key: string, outcome: SearchOutcome) {
  recentOutcomes.delete(key);
  recentOutcomes.set(key, outcome);
  for (const oldest of recentOutcomes.keys()) {
    if (recentOutcomes.size <= KEPT_OUTCOMES) break;
    recentOutcomes.delete(oldest);
  }
}

type Settled = { key: string; attempt: number; outcome?: SearchOutcome; hasFailed?: boolean };

/** Searches as the query changes, newest query wins; `retry` after a failure, `more` for the next ten. */
export function useSearch(query: SearchQuery) {
  const key = searchKey(query);
  const isEmpty = query.q.trim() === '';
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled | undefined>();
  const cached = recentOutcomes.get(key);

  useEffect(() => {
    if (isEmpty || recentOutcomes.has(key)) return;
    let isCurrent = true;
    runSearch(query).then(
      (outcome) => {
        keep(key, outcome);
        if (isCurrent) setSettled({ key, attempt, outcome });
      },
      () => {
        if (isCurrent) setSettled({ key, attempt, hasFailed: true });
      },
    );
    return () => {
      isCurrent = false;
    };
    // The key stands for the query: a new object with the same search must not search again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt, isEmpty]);

  const more = async () => {
    if (!cached) return;
    const outcome = await showMore(cached);
    keep(key, outcome);
    setSettled({ key, attempt, outcome });
  };
  const retry = () => {
    setAttempt((current) => current + 1);
  };

  let state: SearchState;
  if (isEmpty) state = { status: 'empty' };
  else if (cached) state = { status: 'done', outcome: cached };
  else if (settled?.key === key && settled.attempt === attempt && settled.hasFailed)
    state = { status: 'failed' };
  else state = { status: 'loading', previous: settled?.outcome };
  return { state, more, retry };
}
