import { useState } from 'react';
import { useLocation } from 'react-router';

type Seen = { pageKey: string; key: string; pathname: string; search: string };

/**
 * The location's key, kept while only its query changes on the same path:
 * typing a search or picking a filter rewrites the address, but the reader is
 * still on the same page, whose focus must stay where it is. Following the
 * same link again, or any other page, is a new key.
 */
export function useSamePageKey(): string {
  const { key, pathname, search } = useLocation();
  const [seen, setSeen] = useState<Seen>({ pageKey: key, key, pathname, search });
  if (key === seen.key) return seen.pageKey;
  const isQueryOnly = pathname === seen.pathname && search !== seen.search;
  const pageKey = isQueryOnly ? seen.pageKey : key;
  setSeen({ pageKey, key, pathname, search });
  return pageKey;
}
