import { startTransition, useLayoutEffect, useState, type ReactNode } from 'react';
import { Router, UNSAFE_createBrowserHistory as createBrowserHistory, type Location } from 'react-router';
import { isPageReady } from '@/features/content/pagePreload';
import { basePath, sitePathOf } from '@/lib/basePath';

type Update = { action: ReturnType<typeof createBrowserHistory>['action']; location: Location };

/**
 * The browser's router, below the site's base path (`/broadsheet/news` is the
 * route `/news`). Like react-router's BrowserRouter, it renders a new address
 * in a transition, so the current page stays until the next one is ready;
 * but a page whose data and code a link has already fetched (pagePreload's
 * `isPageReady`) renders at once: a transition would only spread its render
 * over many small tasks and let other work in between before its first paint.
 */
export function BrowserRouterAtBase({ children }: { children: ReactNode }) {
  const [history] = useState(() => createBrowserHistory({ window, v5Compat: true }));
  const [state, setState] = useState<Update>({ action: history.action, location: history.location });

  useLayoutEffect(
    () =>
      history.listen((update: Update) => {
        if (isPageReady(sitePathOf(update.location.pathname))) {
          // After the click's handlers: an update outside an event renders at the default
          // priority, in one task, and its effects wait until the page is painted (a click's
          // own update would run them first).
          queueMicrotask(() => {
            setState(update);
          });
        } else
          startTransition(() => {
            setState(update);
          });
      }),
    [history],
  );

  return (
    <Router basename={basePath} location={state.location} navigationType={state.action} navigator={history}>
      {children}
    </Router>
  );
}
