import { useEffect } from 'react';
import { markHydrated } from '@/ui/hydration';
import { useIsHydrated } from '@/ui/useIsHydrated';
import { loadDeferredRegions } from './deferredRegion';
import { preloadWhenIdle } from './preloadWhenIdle';

/**
 * Called from inside the page's own boundary, which React hydrates last: once
 * it has committed, the whole first page is hydrated, the article's controls
 * with it. The reader's stored state then follows in a transition
 * (markHydrated), and once that has committed too the page is live: say so on
 * <html data-hydrated> (tests and the benchmark wait for it), then fetch what
 * later moments need.
 */
export function useMarkPageLive() {
  const isHydrated = useIsHydrated();
  useEffect(() => {
    markHydrated();
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    if (!isHydrated || root.dataset.hydrated) return;
    root.dataset.hydrated = String(Math.round(performance.now()));
    loadDeferredRegions();
    preloadWhenIdle();
  }, [isHydrated]);
}
