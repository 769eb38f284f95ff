/** `?page=` must be a whole number from 1; anything else is not a page of a listing. */
export function parsePageParam(value: string | null): number | null {
  if (value === null) return 1;
  return /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null;
}

/**
 * What follows `/topics/` or `/authors/`: an id, and `/page/{n}` after it for
 * a later page. Null for anything else, which is not found. `/page/1` is
 * marked, as the first page has one address, the id's own.
 */
export function listingAddress(rest: string | undefined) {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/page\/([^/]+))?\/?$/.exec(rest ?? '');
  const id = match?.[1];
  const page = parsePageParam(match?.[2] ?? null);
  if (id === undefined || page === null) return null;
  return { id, page, isPageOneAlias: match?.[2] !== undefined && page === 1 };
}
