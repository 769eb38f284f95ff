import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { siteQuery } from '@/features/content/contentQueries';
import { pagePaths } from '@/features/content/contract/paths';
import { canonicalUrl } from '@/features/content/site';
import { LiveSearch } from '@/features/search/LiveSearch';
import { readSearchQuery, searchParamsOf, type SearchQuery } from '@/features/search/searchAddress';
import { isFocusRequest } from '@/features/search/focusRequest';
import { SEARCH_INPUT_ID } from '@/features/search/searchField';
import { SearchNeedsScript } from '@/features/search/SearchNeedsScript';
import { PageMetadata } from '@/features/seo/PageMetadata';
import { PageHeading } from '@/ui/PageHeading';
import { useIsHydrated } from '@/ui/useIsHydrated';

/**
 * The search page. Its query lives in the address, so a search can be
 * bookmarked, shared, reloaded and gone back to. The prerendered page (and
 * the browser until it has hydrated it) cannot search: it says so and
 * offers the sections and feeds instead, so hydration matches whatever the
 * address asks.
 */
export function SearchRoute() {
  const { data: site } = useSuspenseQuery(siteQuery());
  const isHydrated = useIsHydrated();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const query = readSearchQuery(params);
  const wantsFocus = isHydrated && isFocusRequest(location.state);

  const handleType = useCallback(
    (q: string) => {
      setParams((current) => searchParamsOf({ ...readSearchQuery(current), q }), { replace: true });
    },
    [setParams],
  );
  const handleChange = useCallback(
    (next: SearchQuery) => {
      setParams(searchParamsOf(next));
    },
    [setParams],
  );
  // After the app's own focus move to the page's heading, which runs in an effect of its own.
  useEffect(() => {
    if (!wantsFocus) return;
    const frame = requestAnimationFrame(() => document.getElementById(SEARCH_INPUT_ID)?.focus());
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [wantsFocus, location.key]);

  const title = isHydrated && query.q.trim() ? `${query.q.trim()} – Search` : 'Search';
  return (
    <div className="mx-auto max-w-article">
      <title>{`${title} | ${site.name}`}</title>
      <meta name="robots" content="noindex" />
      <PageMetadata
        site={site}
        title="Search"
        description={`Search the articles of ${site.name}.`}
        url={canonicalUrl(site, pagePaths.search())}
      />
      <PageHeading className="font-serif text-page-title font-bold">Search</PageHeading>
      {isHydrated ? (
        <LiveSearch site={site} query={query} onType={handleType} onChange={handleChange} />
      ) : (
        <SearchNeedsScript site={site} />
      )}
    </div>
  );
}
