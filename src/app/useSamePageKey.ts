import { useState } from 'react';
import { useLocation } from 'react-router';

type Seen = { key: string; pathname: string; search: string };

/**
 * The location's key, kept while only its query changes on the same path:
 * typing a search or picking a filter rewrites the address, but the reader is
 * still on the same page, whose focus must stay where it is. Following the
 * same link again, or any other page, is a new key.
 */
export function useSamePageKey(): string {
  const { key, pathname, search } = useLocation();
  const [seen, setSeen] = useState<Seen>({ key, pathname, search });
  if (key !== seen.key) {
    const isQueryOnly = pathname === seen.pathname && search !== seen.search;
    const next = { key: isQueryOnly ? seen.key : key, pathname, search };
    if (next.key !== seen.key || next.search !== seen.search) setSeen(next);
    return next.key;
  }
  return seen.key;
}
