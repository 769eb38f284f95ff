import { installTrustedTypesPolicy } from './lib/trustedTypes';
import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { App } from './app/App';
import { BrowserRouterAtBase } from './app/BrowserRouterAtBase';
import { hasShownFirstPage, markNotFoundDocument } from './app/firstPage';
import { preloadRoutes } from './app/lazyRoute';
import { prerenderedPath } from './app/prerenderedPath';
import { createQueryClient } from './app/queryClient';
import { ContentLoadError } from './features/content/contentErrors';
import { sitePathOf } from './lib/basePath';
import { ChunkLoadError } from './lib/chunkLoadError';
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

if (prerendered?.textContent && isHydratable) {
  if (renderedFor === '*') markNotFoundDocument();
  // The state is the build's own serialisation of the same query cache, not fetched data.
  hydrate(queryClient, JSON.parse(prerendered.textContent) as DehydratedState);
  // The HTML was just revalidated with the server, so its data counts as fetched now,
  // not at build time: no refetch of what the page already shows.
  const loadedAt = Date.now();
  for (const query of queryClient.getQueryCache().getAll()) query.setState({ dataUpdatedAt: loadedAt });
  // The page's own route code (already fetched through modulepreload) is
  // evaluated first, so hydration never waits on it halfway.
  const routes = prerendered.dataset.routes?.split(' ').filter(Boolean) ?? [];
  void preloadRoutes(routes)
    .catch(() => undefined)
    .then(() =>
      hydrateRoot(container, <App queryClient={queryClient} Router={BrowserRouterAtBase} />, options),
    );
} else {
  createRoot(container, options).render(<App queryClient={queryClient} Router={BrowserRouterAtBase} />);
}
