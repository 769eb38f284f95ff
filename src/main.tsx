import { installTrustedTypesPolicy } from './lib/trustedTypes';
import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { App } from './app/App';
import { BrowserRouterAtBase } from './app/BrowserRouterAtBase';
import { hasShownFirstPage } from './app/firstPage';
import { preloadRoutes } from './app/lazyRoute';
import { markNotFoundDocument } from './app/notFoundDocument';
import { prerenderedPath } from './app/prerenderedPath';
import { createQueryClient } from './app/queryClient';
import { ContentLoadError } from './features/content/contentErrors';
import { sitePathOf } from './lib/basePath';
import { ChunkLoadError } from './lib/chunkLoadError';
import { markHydrated } from './ui/hydration';
import './index.css';

// Before React renders anything: the pages' policy requires Trusted Types.
installTrustedTypesPolicy();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const options: RootOptions = {
  // A missing or broken content document, or page code that could not be
  // fetched, is shown to the reader by its error page; only unexpected errors
  // belong in the console.
  onCaughtError: (error, errorInfo) => {
    if (error instanceof ContentLoadError || error instanceof ChunkLoadError) return;
    console.error(error, errorInfo.componentStack);
  },
  // A hydration mismatch, or an update that reached a part of the page before
  // it was hydrated (error 421), makes React discard the prerendered HTML and
  // render afresh: a bug to see (the tests fail on console errors), not to recover from quietly.
  onRecoverableError: (error, errorInfo) => {
    console.error('React recovered from an error:', error, errorInfo.componentStack);
  },
};

const queryClient = createQueryClient({ hasShownFirstPage });
const prerendered = document.getElementById('query-state');
const renderedFor = prerendered?.dataset.url;
// The page was prerendered for this address (or is the not-found page, which fits any):
// take over its HTML with the data it was rendered from. Otherwise (a host that served
// another page's HTML) render afresh rather than mismatch.
const isHydratable =
  renderedFor === '*' ||
  renderedFor === prerenderedPath(sitePathOf(window.location.pathname) ?? '', window.location.search);

/** Ends the current task: the browser may paint and handle input before the next step. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

function takeOver(root: Element, state: string) {
  // The state is the build's own serialisation of the same query cache, not fetched data.
  hydrate(queryClient, JSON.parse(state) as DehydratedState);
  // The HTML was just revalidated with the server, so its data counts as fetched now,
  // not at build time: no refetch of what the page already shows.
  const loadedAt = Date.now();
  for (const query of queryClient.getQueryCache().getAll()) query.setState({ dataUpdatedAt: loadedAt });
  // In a transition, React hydrates in short slices and yields between them;
  // the page's own boundaries (App, RouteBoundary) hydrate in later passes of
  // their own. useMarkPageLive says when all of it is done.
  startTransition(() => {
    hydrateRoot(root, <App queryClient={queryClient} Router={BrowserRouterAtBase} />, options);
  });
}

if (prerendered?.textContent && isHydratable) {
  if (renderedFor === '*') markNotFoundDocument(sitePathOf(window.location.pathname) ?? '');
  const state = prerendered.textContent;
  // The page's own route code (already fetched through modulepreload) is
  // evaluated first, so hydration never waits on it halfway; and each step
  // in a task of its own after the entry's evaluation, none of them long.
  const routes = prerendered.dataset.routes?.split(' ').filter(Boolean) ?? [];
  void nextTask()
    .then(() => preloadRoutes(routes))
    .catch(() => undefined)
    .then(nextTask)
    .then(() => {
      takeOver(container, state);
    });
} else {
  // Nothing to match: the reader's own state is read from the first render.
  markHydrated();
  createRoot(container, options).render(<App queryClient={queryClient} Router={BrowserRouterAtBase} />);
}
