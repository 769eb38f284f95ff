/**
 * The prerendered page that answers this address, or null when no prerendered
 * page matches it exactly. Query parameters do not change a page (think
 * `?utm_source=`), except `?page=N`, which the server answers with the
 * section's `/page/N` file.
 */
export function prerenderedPath(pathname: string, search: string): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const page = new URLSearchParams(search).get('page');
  if (page === null) return path;
  // `?page=1` is no page of its own: nginx moves it to the section's address, and where a
  // host serves the section's HTML for it instead, the app renders afresh to do the same.
  return /^([2-9]|[1-9][0-9]+)$/.test(page) ? `${path}/page/${page}` : null;
}
