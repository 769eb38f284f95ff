import { useQueryClient } from '@tanstack/react-query';
import { siteQuery } from './contentQueries';
import type { Site } from './site';

/**
 * The site document if it is already in the query cache (fetched earlier, or
 * embedded in a prerendered page's state), else `undefined`. It never fetches:
 * the page asking may be the one explaining why site.json failed to load.
 */
export function useCachedSite(): Site | undefined {
  return useQueryClient().getQueryData(siteQuery().queryKey);
}
