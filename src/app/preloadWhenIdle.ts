import { preloadContentFetchers } from '@/features/content/contentQueries';
import { preloadPage } from '@/features/content/pagePreload';
import { LoadErrorRoute } from './lazyRoutes';

/**
 * Once the page is interactive and idle, fetch the code that later moments
 * need: the content fetchers for the next page, the error page for a lost
 * connection. None of it delays the first page.
 */
export function preloadWhenIdle() {
  const preload = () => {
    preloadContentFetchers();
    // An article's deferred regions, so the first article opened in the app shows at once.
    void preloadPage('article');
    // Through its lazy route, so a lost connection later renders it without waiting.
    void LoadErrorRoute.preload().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(preload, { timeout: 3000 });
  else setTimeout(preload, 1000);
}
