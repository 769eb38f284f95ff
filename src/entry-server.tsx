import { dehydrate, type DehydratedState } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { App } from './app/App';
import { createQueryClient } from './app/queryClient';

export type RenderedPage = {
  /** The app's markup, for inside #root. */
  html: string;
  /** `<title>`, `<meta>` and `<link>` tags the page rendered, for the document head. */
  head: string;
  /** The query cache the page was rendered from, for hydration without refetching. */
  state: DehydratedState;
};

// React puts every hoisted head tag first, before the app's own markup.
const leadingHeadTags = /^(?:<title>[\s\S]*?<\/title>|<meta\b[^>]*\/?>|<link\b[^>]*\/?>)+/;

/**
 * Renders one page with the same App, routes and query options the browser
 * uses. Data loads through the app's own fetchers, so the page waits for
 * exactly what it needs; the caller provides `fetch`.
 */
export async function renderPage(url: string): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  // The first pass waits for every query and lazy chunk the page needs; the
  // second renders with all of it at hand, so nothing suspends and the HTML is
  // plain and in order, free of React's inline streaming scripts (which the
  // CSP would rightly block).
  await prerender(<App queryClient={queryClient} location={url} />);
  const markup = renderToString(<App queryClient={queryClient} location={url} />);
  const head = leadingHeadTags.exec(markup)?.[0] ?? '';
  return { html: markup.slice(head.length), head, state: dehydrate(queryClient) };
}
