import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Outlet } from 'react-router';
import { siteQuery } from '@/features/content/contentQueries';
import { feedPaths } from '@/features/content/contract/paths';
import { SavedLink } from '@/features/saved/SavedLink';
import { DisplaySettings } from '@/features/preferences/DisplaySettings';
import { applyPreferences } from '@/features/reader-state/preferences';
import { usePreferences } from '@/features/reader-state/useReaderState';
import { SiteHeader } from '@/features/navigation/SiteHeader';
import { LoadingBar } from '@/ui/LoadingBar';
import { connectAnnouncer } from '@/ui/pageAnnouncer';
import { SiteFooter, warmSearch } from './lazyRoutes';
import { ReaderCompanionSlot } from './ReaderCompanionSlot';
import { RouteBoundary } from './RouteBoundary';
import { SkipLink } from './SkipLink';
import { useMarkPageLive } from './useMarkPageLive';
import { usePageChangeEffects } from './usePageChangeEffects';
import { usePagePath } from './usePagePath';
import { usePendingNavigation } from './usePendingNavigation';
import { siteHref } from '@/lib/basePath';
import { useIsHydrated } from '@/ui/useIsHydrated';

function PageChangeEffects({ onAnnounce }: { onAnnounce: (message: string) => void }) {
  usePageChangeEffects(onAnnounce);
  useMarkPageLive();
  return null;
}

export function RootLayout() {
  const { data: site } = useSuspenseQuery(siteQuery());
  const [announcement, setAnnouncement] = useState('');
  const isNavigating = usePendingNavigation();
  const pagePath = usePagePath();

  const { data: preferences } = usePreferences();
  const isHydrated = useIsHydrated();

  useEffect(() => {
    document.documentElement.lang = site.language;
  }, [site.language]);
  useEffect(() => {
    connectAnnouncer(setAnnouncement);
  }, []);
  // Until the reader's own preferences are read, the ones the page's head
  // script applied from storage stay: the defaults would flash.
  useEffect(() => {
    if (isHydrated) applyPreferences(preferences);
  }, [isHydrated, preferences]);

  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={site.name} href={siteHref(feedPaths.site())} />
      <SkipLink />
      <LoadingBar isActive={isNavigating} />
      <SiteHeader
        site={site}
        pagePath={pagePath}
        onSearchIntent={warmSearch}
        tools={
          <>
            <SavedLink locale={site.language} />
            <DisplaySettings />
          </>
        }
      />
      <main id="main" tabIndex={-1} className="mx-auto max-w-page px-gutter pt-6 focus:outline-none">
        <RouteBoundary pageEffects={<PageChangeEffects onAnnounce={setAnnouncement} />}>
          <Outlet />
        </RouteBoundary>
      </main>
      <SiteFooter site={site} sitePath={pagePath} />
      <ReaderCompanionSlot />
      <div aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </div>
    </>
  );
}
