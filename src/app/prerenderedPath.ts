/**
 * The prerendered page that answers this address, or null when no prerendered
 * page matches it exactly. Query parameters do not change a page (think
 * `?utm_source=`), except `?page=N`, which the server answers with the
 * section's `/page/N` file.
 */
export function prerenderedPath(pathname: string, search: string): string | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const page = new URLSearchParams(search).get('page');
  if (page === null || page === '1') return path;
  return /^[1-9][0-9]*$/.test(page) ? `${path}/page/${page}` : null;
}
