import type { MouseEvent } from 'react';

/**
 * Focuses the main content directly: going through the address (`#main`)
 * would make the router treat it as a link to a passage, highlight all of
 * `<main>` and announce the page again. Before the script runs, the plain
 * `#main` link does the same job.
 */
function handleClick(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The first Tab stop: hidden until focused, then drawn over the page's corner. */
export function SkipLink() {
  return (
    <a
      href="#main"
      onClick={handleClick}
      // `not-sr-only` takes away the padding as well as the clipping: it is set again after it.
      className="sr-only z-50 bg-ink px-4 py-3 font-sans font-semibold text-paper focus:not-sr-only focus:fixed focus:start-2 focus:top-2 focus:px-4 focus:py-3"
    >
      Skip to content
    </a>
  );
}
